package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The MR's consent on the example schools' start pages: de-regenboog consented to the current
 * version 3.1, het-kompas to 3.0, de-wilgen has not recorded it.
 */
class ConsentOutputTest {

    private static String consent(String school) {
        Document start = Site.html(ExampleBuild.site().resolve(school).resolve("index.html"));
        assertThat(start.select("#doc-gedragscode-ict ~ .instemming")).as("the code of conduct has no consent rule").isEmpty();
        return start.select("section[aria-labelledby=doc-veiligheidsplan] .instemming").text();
    }

    @Test
    void theCurrentVersionConsentedTo() {
        assertThat(consent("de-regenboog")).isEqualTo("Instemming MR: versie 3.1 op 23 juni 2026");
    }

    @Test
    void anOlderVersionSaysTheMrStillHasToConsent() {
        assertThat(consent("het-kompas"))
                .isEqualTo("Instemming MR: versie 3.0 op 12 juni 2025 — deze versie (3.1) is nieuwer: de MR moet nog instemmen");
    }

    @Test
    void nothingRecorded() {
        assertThat(consent("de-wilgen")).isEqualTo("Instemming MR: nog niet vastgelegd");
    }
}
