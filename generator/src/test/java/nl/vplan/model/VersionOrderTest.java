package nl.vplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Versions compare as numbers, part by part; anything else as text. */
class VersionOrderTest {

    @Test
    void numbersComparePartByPart() {
        assertThat(VersionOrder.newer("3.10", "3.9")).isTrue();
        assertThat(VersionOrder.newer("3.9", "3.10")).isFalse();
        assertThat(VersionOrder.newer("3.1", "3.0")).isTrue();
        assertThat(VersionOrder.newer("4", "3.99")).isTrue();
        assertThat(VersionOrder.newer("3.0.1", "3")).isTrue();
    }

    @Test
    void trailingZerosAndSpacesDoNotMatter() {
        assertThat(VersionOrder.compare("3", "3.0")).isZero();
        assertThat(VersionOrder.compare(" 3.1 ", "3.1")).isZero();
        assertThat(VersionOrder.compare("3.01", "3.1")).isZero();
        assertThat(VersionOrder.newer("3.1", "3.1")).isFalse();
    }

    @Test
    void aNonNumericVersionComparesAsText() {
        assertThat(VersionOrder.newer("2026-b", "2026-a")).isTrue();
        assertThat(VersionOrder.newer("concept", "3.1")).isTrue(); // as text: 'c' after '3'
        assertThat(VersionOrder.compare("v3", "v3")).isZero();
    }

    @Test
    void longNumbersDoNotOverflow() {
        assertThat(VersionOrder.newer("1.99999999999999999999", "1.9")).isTrue();
    }
}
