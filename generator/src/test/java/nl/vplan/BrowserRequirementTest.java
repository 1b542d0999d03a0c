package nl.vplan;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A missing browser fails the browser tests; only a developer's explicit choice, never CI, skips them. */
class BrowserRequirementTest {

    private static final String NOWHERE = "/geen/chromium";

    @Test
    void onCiAMissingBrowserFailsEvenWhenSkippingWasAskedFor() {
        assertThatThrownBy(() -> Browser.requireChromium("true", null, NOWHERE, NOWHERE))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("CI").hasMessageContaining("apt-get install");
        assertThatThrownBy(() -> Browser.requireChromium("true", "ja", NOWHERE, NOWHERE)).isInstanceOf(AssertionFailedError.class);
    }

    @Test
    void elsewhereAMissingBrowserFailsTooAndSaysHowToSkipKnowingly() {
        assertThatThrownBy(() -> Browser.requireChromium(null, null, NOWHERE, NOWHERE))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("apt-get install")
                .hasMessageContaining(Browser.WITHOUT_BROWSER + "=ja");
        assertThatThrownBy(() -> Browser.requireChromium("false", "nee", NOWHERE, NOWHERE)).isInstanceOf(AssertionFailedError.class);
    }

    @Test
    void aDeveloperMaySkipKnowingly() {
        assertThatThrownBy(() -> Browser.requireChromium(null, "ja", NOWHERE, NOWHERE)).isInstanceOf(TestAbortedException.class);
        assertThatThrownBy(() -> Browser.requireChromium("false", "ja", NOWHERE, NOWHERE)).isInstanceOf(TestAbortedException.class);
    }
}
