package nl.vplan;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A missing browser skips the browser tests on a developer's machine and fails them on CI. */
class BrowserRequirementTest {

    private static final String NOWHERE = "/geen/chromium";

    @Test
    void onCiAMissingBrowserFails() {
        assertThatThrownBy(() -> Browser.requireChromium("true", NOWHERE, NOWHERE))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("CI").hasMessageContaining("apt-get install");
    }

    @Test
    void elsewhereAMissingBrowserSkips() {
        assertThatThrownBy(() -> Browser.requireChromium(null, NOWHERE, NOWHERE)).isInstanceOf(TestAbortedException.class);
        assertThatThrownBy(() -> Browser.requireChromium("false", NOWHERE, NOWHERE)).isInstanceOf(TestAbortedException.class);
    }
}
