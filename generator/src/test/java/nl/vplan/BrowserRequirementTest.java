package nl.vplan;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** A missing browser fails the browser tests on every machine; nothing turns them into a skip. */
class BrowserRequirementTest {

    private static final String NOWHERE = "/geen/chromium";

    @Test
    void aMissingBrowserFailsAndSaysHowToInstallIt() {
        assertThatThrownBy(() -> Browser.requireChromium(NOWHERE, NOWHERE))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("apt-get install chromium chromium-driver");
        assertThatThrownBy(() -> Browser.requireChromium("/usr/bin/chromium", NOWHERE)).isInstanceOf(AssertionFailedError.class);
    }
}
