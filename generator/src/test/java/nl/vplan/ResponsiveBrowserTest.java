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
