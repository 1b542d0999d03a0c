package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The site on a phone (375 px) and a laptop (1280 px): below 800 px the parts of a document fold
 * away behind a menu button and nothing is wider than the screen; the sidebar opens at the current
 * page. Screenshots of each go to {@code generator/target/screenshots/} to look at.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponsiveBrowserTest {

    static final String SCHOOL = "het-kompas";

    Path site;
    ChromeDriver browser;
    List<String> parts;
    Path document;

    @BeforeAll
    void start() {
        site = ExampleBuild.site();
        browser = Browser.start();
        document = site.resolve(SCHOOL).resolve(Site.html(site.resolve(SCHOOL).resolve("index.html"))
                .selectFirst("main .documentkaart h3 a").attr("href"));
        parts = Site.html(document).select(".zijbalk .onderdelen a").eachAttr("href");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void open(Path page) {
        browser.get(page.toUri().toString());
        Browser.settled(browser);
    }

    private WebElement menuButton() {
        return browser.findElement(By.cssSelector(".menuknop"));
    }

    private WebElement sidebar() {
        return browser.findElement(By.id("zijbalk"));
    }

    private long overflow() {
        return (Long) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
    }

    private boolean inViewport(WebElement element) {
        return (Boolean) browser.executeScript("var r = arguments[0].getBoundingClientRect();"
                + "return r.top >= 0 && r.bottom <= window.innerHeight && r.left >= 0 && r.right <= window.innerWidth;", element);
    }

    @Test
    void onAPhoneTheSidebarFoldsAwayBehindAMenuButton() {
        Browser.viewport(browser, 375, 800);
        Path page = document.getParent().resolve(parts.get(parts.size() / 2));
        open(page);
        assertThat((Long) browser.executeScript("return window.innerWidth")).isEqualTo(375L);
        assertThat(menuButton().isDisplayed()).isTrue();
        assertThat(menuButton().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(sidebar().isDisplayed()).isFalse();
        assertThat(overflow()).as("nothing wider than the phone").isLessThanOrEqualTo(0);
        Browser.screenshot(browser, "onderdeel-375");

        menuButton().click();
        assertThat(menuButton().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(sidebar().isDisplayed()).isTrue();
        WebElement current = sidebar().findElement(By.cssSelector("[aria-current=page]"));
        assertThat(current.getAttribute("href")).endsWith(parts.get(parts.size() / 2));
        assertThat(inViewport(current)).as("the open menu shows the current page").isTrue();
        Browser.screenshot(browser, "onderdeel-375-menu-open");

        current.sendKeys(Keys.ESCAPE);
        assertThat(sidebar().isDisplayed()).isFalse();
        assertThat(browser.switchTo().activeElement()).isEqualTo(menuButton());

        for (Path other : List.of(site.resolve(SCHOOL).resolve("index.html"), site.resolve(SCHOOL).resolve("jaarplanning.html"),
                site.resolve("index.html"), site.resolve(SCHOOL).resolve("volledigheid.html"))) {
            open(other);
            assertThat(overflow()).as(site.relativize(other).toString()).isLessThanOrEqualTo(0);
        }
        open(site.resolve(SCHOOL).resolve("index.html"));
        Browser.screenshot(browser, "school-375");
        browser.get(site.resolve(SCHOOL).resolve("zoeken.html").toUri() + "?q=ongeval");
        assertThat(overflow()).isLessThanOrEqualTo(0);
        Browser.screenshot(browser, "zoeken-375");
    }

    /**
     * The words and numbers in the visible cells of the page's tables that the browser broke over two
     * lines: each word's Range has one client rect when it stands on one line. A word with a hyphen may
     * wrap after it ("Hendriksen-" "Vos"); a number never ("012-6660201" is one token).
     */
    @SuppressWarnings("unchecked")
    private List<String> brokenWordsInTables() {
        return (List<String>) browser.executeScript("""
                function hidden(el) {
                  for (; el; el = el.parentElement) {
                    var cs = getComputedStyle(el);
                    if (cs.display === 'none' || cs.visibility === 'hidden' || cs.clipPath !== 'none' || cs.clip !== 'auto') return true;
                  }
                  return false;
                }
                var broken = [];
                document.querySelectorAll('main td, main th').forEach(function (cell) {
                  var walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
                  for (var node = walker.nextNode(); node; node = walker.nextNode()) {
                    if (hidden(node.parentElement)) continue;
                    var re = /[^\s]+/g, m;
                    while ((m = re.exec(node.data))) {
                      var pieces = /[A-Za-zÀ-ÿ]/.test(m[0]) ? m[0].split(/(?<=-)/) : [m[0]];
                      var at = m.index;
                      pieces.forEach(function (piece) {
                        var range = document.createRange();
                        range.setStart(node, at);
                        range.setEnd(node, at + piece.length);
                        var lines = Array.from(range.getClientRects()).filter(function (r) { return r.width > 0; }).length;
                        if (lines > 1) broken.push(piece + ' (' + lines + ' regels)');
                        at += piece.length;
                      });
                    }
                  }
                });
                return broken;""");
    }

    /** What a failure needs to be understood: the width the page was laid out at, and which tables vplan.js stacked. */
    private Object layoutState() {
        return browser.executeScript("""
                return 'breedte ' + window.innerWidth + ', ' + document.readyState + ', tabellen '
                  + document.querySelectorAll('main table').length + ', gestapeld '
                  + document.querySelectorAll('main table.gestapeld').length;""");
    }

    @Test
    void onAPhoneNoTableBreaksAWordOrANumberAndTheBoardPageFits() {
        Browser.viewport(browser, 375, 800);
        Path school = site.resolve(SCHOOL);
        List<Path> pages = new java.util.ArrayList<>(Site.pages(document.getParent(), 10).stream()
                .filter(p -> p.getFileName().toString().endsWith("-kaart.html")).toList());
        assertThat(pages).as("the crisis cards").hasSizeGreaterThanOrEqualTo(3);
        pages.addAll(List.of(school.resolve("index.html"), school.resolve("jaarplanning.html"), document,
                site.resolve("de-regenboog/veiligheidsplan/rie.html"), site.resolve("index.html")));
        for (Path page : pages) {
            open(page);
            String name = site.relativize(page).toString();
            assertThat(brokenWordsInTables()).as(() -> name + " " + layoutState()).isEmpty();
            assertThat(overflow()).as(name + ": nothing wider than the phone").isLessThanOrEqualTo(0);
        }
        // before vplan.js stacks a table (or without script) its numbers stand whole too: the table scrolls instead
        Path card = document.getParent().resolve("meld-aangifteplicht-kaart.html");
        open(card);
        browser.executeScript("document.querySelectorAll('table.gestapeld').forEach(function (t) { t.classList.remove('gestapeld'); })");
        assertThat(brokenWordsInTables()).as(site.relativize(card) + " ongestapeld").isEmpty();
        assertThat(overflow()).isLessThanOrEqualTo(0);
        // a card's contact table stands as "heading: value" lines, its numbers whole
        open(document.getParent().resolve("opvang-personeel-kaart.html"));
        WebElement phone = browser.findElement(By.cssSelector("main table.gestapeld td[data-label=Telefoon] a[href^='tel:']"));
        assertThat((String) browser.executeScript("return getComputedStyle(arguments[0].closest('td'), '::before').content",
                phone)).isEqualTo("\"Telefoon\"");
        Browser.screenshot(browser, "kaart-375");
        open(school.resolve("jaarplanning.html"));
        Browser.screenshot(browser, "jaarplanning-375");
        open(site.resolve("index.html"));
        assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth")).isLessThanOrEqualTo(375L);
        Browser.screenshot(browser, "scholen-375");
    }

    @Test
    void aValueLeftOutOfTheEditionIsAMarkStyledApartFromTheTextThatExplainsItselfOnFocus() {
        Browser.viewport(browser, 1280, 900);
        open(document.getParent().resolve("coordinatie.html"));
        WebElement mark = browser.findElement(By.cssSelector("main .invul-elders"));
        assertThat((String) browser.executeScript("return arguments[0].firstChild.data", mark)).matches("\\[(intern|vertrouwelijk)\\]");
        assertThat(mark.getRect().getHeight()).as("the hint for screen readers takes no room").isLessThan(40);
        WebElement text = mark.findElement(By.xpath("ancestor::p[1]"));
        assertThat(mark.getCssValue("background-color")).isNotEqualTo(text.getCssValue("background-color"));
        assertThat(mark.getCssValue("color")).isNotEqualTo(text.getCssValue("color"));
        assertThat(mark.getCssValue("border-top-style")).isEqualTo("dotted");
        browser.executeScript("arguments[0].focus()", mark);
        assertThat(browser.switchTo().activeElement()).isEqualTo(mark);
        assertThat((String) browser.executeScript("return getComputedStyle(arguments[0], '::after').content", mark))
                .contains("Dit gegeven staat alleen in de vertrouwelijke versie.");
        Browser.screenshot(browser, "intern-teken-focus");
    }

    @Test
    void onALaptopTheSidebarStaysOpenAtTheCurrentPage() {
        Browser.viewport(browser, 1280, 900);
        Path last = document.getParent().resolve(parts.get(parts.size() - 1));
        open(last);
        assertThat(menuButton().isDisplayed()).isFalse();
        assertThat(sidebar().isDisplayed()).isTrue();
        WebElement current = sidebar().findElement(By.cssSelector("[aria-current=page]"));
        assertThat(inViewport(current)).as("the current page is visible in the sidebar").isTrue();
        assertThat(overflow()).isLessThanOrEqualTo(0);
        Browser.screenshot(browser, "onderdeel-1280");

        // A long page ends with a way back up.
        Path longPage = parts.stream().map(p -> document.getParent().resolve(p))
                .filter(p -> Site.html(p).selectFirst("a[href=#boven]") != null).findFirst().orElseThrow();
        open(longPage);
        browser.executeScript("window.scrollTo(0, document.body.scrollHeight)");
        WebElement up = browser.findElement(By.cssSelector("a[href='#boven']"));
        up.sendKeys(Keys.ENTER);
        assertThat((Long) browser.executeScript("return Math.round(window.scrollY)")).isZero();

        open(site.resolve(SCHOOL).resolve("index.html"));
        Browser.screenshot(browser, "school-1280");
        browser.get(site.resolve(SCHOOL).resolve("zoeken.html").toUri() + "?q=ongeval");
        Browser.screenshot(browser, "zoeken-1280");
    }
}
