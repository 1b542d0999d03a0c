package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The static site's Content-Security-Policy: no page of vplan's has inline script or an on…=
 * handler, and raw HTML that a board's text passes through cannot run script either, opened from
 * file:// as a reader would.
 */
class ScriptPolicyBrowserTest {

    @TempDir
    Path temp;

    @Test
    void inlineScriptFromAPassthroughDoesNotRunAndNoPageNeedsInlineScript() {
        Path content = temp.resolve("inhoud");
        Site.copy(BadInputCorpusTest.CORPUS.resolve("basis"), content);
        Site.write(content, "hoofdstukken/twee.adoc", """
                = Twee

                TWEE-TEKST

                ++++
                <script>document.title = 'GEHACKT-SCRIPT';</script>
                <img src="ontbreekt.png" alt="" onerror="document.title = 'GEHACKT-ONERROR'">
                ++++
                """);
        Site.append(content.resolve("scholen/proef/school.yml"), "onderdelen:\n  aan: [twee]\n");
        Path out = temp.resolve("uit");
        Cli.Result result = Cli.run("build", "--content", content.toString(), "--out", out.toString());
        assertThat(result.exit()).as(result.err()).isZero();

        for (Path page : Site.pages(out, 5)) {
            Document html = Site.html(page);
            assertThat(html.select("head meta[http-equiv=Content-Security-Policy]").attr("content"))
                    .as(page.toString()).containsPattern("(^|; )script-src 'self'(;|$)");
            if (!page.endsWith("twee.html")) {
                assertThat(html.select("script:not([src]):not([type=application/json])")).as(page + ": inline script").isEmpty();
                for (Element element : html.getAllElements()) {
                    assertThat(element.attributes().asList()).as(page + ": handler on " + element.tagName())
                            .noneMatch(a -> a.getKey().toLowerCase().startsWith("on"));
                }
            }
        }

        Path twee = out.resolve("proef/plan/twee.html");
        assertThat(Site.html(twee).select("main script").html()).as("the passthrough is in the page").contains("GEHACKT-SCRIPT");
        ChromeDriver browser = Browser.start();
        try {
            browser.get(twee.toUri().toString());
            assertThat(browser.findElement(org.openqa.selenium.By.tagName("main")).getText()).contains("TWEE-TEKST");
            assertThat(browser.getTitle()).doesNotContain("GEHACKT").contains("Twee");
            // the page's own script (from a file) still runs: it folds the sidebar behind the menu button
            assertThat(browser.executeScript("return document.querySelector('.zijbalk-houder').classList.contains('menu-dicht')"))
                    .isEqualTo(true);
        } finally {
            browser.quit();
        }
    }
}
