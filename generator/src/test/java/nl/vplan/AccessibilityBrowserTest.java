package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * WCAG 2.1 AA in a real browser: axe-core (from its WebJar, injected locally) on every page of one
 * example school, at laptop and phone width, with no violations; and the keyboard: skip link,
 * visible focus, checklists and forms operated without a mouse.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTest {

    /** The school whose pages axe checks: half filled in, so both values and open blanks are on its pages. */
    static final String SCHOOL = "het-kompas";
    private static final String AXE_RUN = """
            var done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
              .then(function (r) {
                done(JSON.stringify({ passes: r.passes.length, violations: r.violations.map(function (v) {
                  return { id: v.id, help: v.help, nodes: v.nodes.slice(0, 3).map(function (n) { return n.target.join(' ') + ' — ' + n.failureSummary; }) };
                }) }));
              }, function (e) { done(JSON.stringify({ error: String(e) })); });
            """;

    Path site;
    ChromeDriver browser;
    String axe;

    @BeforeAll
    void start() throws IOException {
        site = ExampleBuild.site();
        browser = Browser.start();
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        axe = webjarFile("axe-core", "axe.min.js");
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static String webjarFile(String name, String file) throws IOException {
        Properties pom = new Properties();
        try (InputStream in = AccessibilityBrowserTest.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/" + name + "/pom.properties")) {
            pom.load(in);
        }
        try (InputStream in = AccessibilityBrowserTest.class.getResourceAsStream(
                "/META-INF/resources/webjars/" + name + "/" + pom.getProperty("version") + "/" + file)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** axe's violations on the page now open, as readable lines; fails if axe did not run. */
    private List<String> violations(String label) throws IOException {
        browser.executeScript(axe);
        JsonNode result = new ObjectMapper().readTree((String) browser.executeAsyncScript(AXE_RUN));
        assertThat(result.path("error").asText()).as(label).isEmpty();
        assertThat(result.path("passes").asInt()).as(label + ": rules axe passed").isGreaterThan(15);
        List<String> found = new ArrayList<>();
        for (JsonNode v : result.path("violations")) {
            found.add(label + ": " + v.path("id").asText() + " (" + v.path("help").asText() + ") " + v.path("nodes"));
        }
        return found;
    }

    @Test
    void axeFindsNoViolationsOnAnyPageOfTheSchool() throws IOException {
        List<Path> pages = new ArrayList<>(Site.pages(site.resolve(SCHOOL), 25));
        pages.add(site.resolve("index.html"));
        List<String> found = new ArrayList<>();
        Browser.viewport(browser, 1280, 900);
        // The harness itself: an image without a text alternative must be found.
        browser.get(site.resolve("index.html").toUri().toString());
        browser.executeScript("var i = document.createElement('img'); i.src = 'data:,'; document.querySelector('main').appendChild(i);");
        assertThat(violations("proef")).anyMatch(v -> v.contains("image-alt"));
        for (Path page : pages) {
            browser.get(page.toUri().toString());
            found.addAll(violations(site.relativize(page).toString()));
        }
        // The search page with results (built by script), and the narrow layout with its menu open.
        browser.get(site.resolve(SCHOOL).resolve("zoeken.html").toUri() + "?q=pesten");
        assertThat(browser.findElements(By.cssSelector("#zoekresultaten li"))).isNotEmpty();
        found.addAll(violations("zoeken.html?q=pesten"));
        // The fill-in page with an error shown next to a field.
        browser.get(site.resolve(SCHOOL).resolve("invullen.html").toUri().toString());
        WebElement phone = browser.findElement(By.cssSelector("input[type=tel]"));
        phone.clear();
        phone.sendKeys("12345", Keys.TAB);
        assertThat(browser.findElements(By.cssSelector(".invul-fout"))).isNotEmpty();
        found.addAll(violations("invullen.html met een fout"));
        Browser.viewport(browser, 375, 800);
        for (Path page : List.of(site.resolve(SCHOOL).resolve("index.html"), firstPartPage(), site.resolve(SCHOOL).resolve("invullen.html"))) {
            browser.get(page.toUri().toString());
            browser.findElements(By.cssSelector(".menuknop")).forEach(WebElement::click);
            found.addAll(violations(site.relativize(page) + " (375 px)"));
        }
        Browser.viewport(browser, 1280, 900);
        System.out.println("axe-core: " + (pages.size() + 5) + " page views of " + SCHOOL + ", " + found.size() + " violations");
        assertThat(found).isEmpty();
    }

    private Path firstPartPage() {
        Path document = site.resolve(SCHOOL).resolve(Site.html(site.resolve(SCHOOL).resolve("index.html"))
                .selectFirst("main .documentkaart h3 a").attr("href"));
        return document.getParent().resolve(Site.html(document).selectFirst(".zijbalk .onderdelen a").attr("href"));
    }

    private WebElement focused() {
        return browser.switchTo().activeElement();
    }

    private void tab() {
        new Actions(browser).sendKeys(Keys.TAB).perform();
    }

    @Test
    void theSkipLinkComesFirstAndLeadsIntoTheContent() {
        Browser.viewport(browser, 1280, 900);
        browser.get(firstPartPage().toUri().toString());
        Browser.settled(browser);
        tab();
        WebElement skip = focused();
        assertThat(skip.getAttribute("class")).isEqualTo("skiplink");
        assertThat(skip.getRect().getX()).as("visible when focused").isGreaterThanOrEqualTo(0);
        assertThat(skip.getRect().getY()).isGreaterThanOrEqualTo(0);
        skip.sendKeys(Keys.ENTER);
        assertThat(browser.getCurrentUrl()).endsWith("#inhoud");
        tab();
        assertThat((Boolean) browser.executeScript("return document.getElementById('inhoud').contains(document.activeElement)"))
                .as("the next Tab lands in the main content, not in the header or sidebar").isTrue();
    }

    @Test
    void everythingFocusedByKeyboardShowsAClearOutline() {
        Browser.viewport(browser, 1280, 900);
        browser.get(site.resolve(SCHOOL).resolve("index.html").toUri().toString());
        Browser.settled(browser);
        Set<String> kinds = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            tab();
            WebElement element = focused();
            if (element.getTagName().equals("body")) {
                break; // past the last element of the page
            }
            String outline = element.getCssValue("outline-style");
            double width = Double.parseDouble(element.getCssValue("outline-width").replace("px", ""));
            assertThat(outline).as(element.getTagName() + " " + element.getText()).isNotEqualTo("none");
            assertThat(width).as(element.getTagName() + " " + element.getText()).isGreaterThanOrEqualTo(2);
            kinds.add(element.getTagName());
        }
        assertThat(kinds).contains("a", "input", "button");
    }

    @Test
    void checklistsAndFormsWorkWithTheKeyboardAlone() {
        Browser.viewport(browser, 1280, 900);
        Path formPage = null;
        Path listPage = null;
        for (Path page : Site.pages(site.resolve(SCHOOL), 25)) {
            var html = Site.html(page);
            if (formPage == null && html.selectFirst("form.formulier fieldset input[type=radio]") != null) {
                formPage = page;
            }
            if (listPage == null && html.selectFirst("body[data-opslag] ul.checklist input[type=checkbox]") != null) {
                listPage = page;
            }
        }
        assertThat(formPage).isNotNull();
        assertThat(listPage).isNotNull();

        // A checklist: Tab to the first box, Space ticks it, Tab on to "Lijst wissen", Enter clears.
        browser.get(listPage.toUri().toString());
        Browser.settled(browser);
        browser.executeScript("localStorage.clear()");
        browser.navigate().refresh();
        Browser.settled(browser);
        WebElement box = tabTo("ul.checklist input[type=checkbox]");
        boolean before = box.isSelected();
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        assertThat(box.isSelected()).isNotEqualTo(before);
        WebElement clear = tabTo(".checklist-wissen");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        assertThat(browser.findElement(By.cssSelector("ul.checklist input[type=checkbox]")).isSelected()).isEqualTo(before);
        assertThat(clear.isDisplayed()).isTrue();

        // A form: type into the first text field, choose an option with Space, and reach every button.
        browser.get(formPage.toUri().toString());
        Browser.settled(browser);
        WebElement field = tabTo("form.formulier input[type=text], form.formulier textarea");
        new Actions(browser).sendKeys("Met het toetsenbord").perform();
        assertThat(field.getAttribute("value")).endsWith("Met het toetsenbord");
        WebElement option = tabTo("form.formulier input[type=radio], form.formulier input[type=checkbox]");
        new Actions(browser).sendKeys(Keys.SPACE).perform();
        assertThat(option.isSelected()).isTrue();
        tabTo("form.formulier [data-afdrukken]");
        tabTo("form.formulier [data-opslaan]");
        tabTo("form.formulier [data-openen]");
        tabTo("form.formulier button[type=reset]");
        // emptying it by keyboard too, so leaving the page does not ask to keep the typed text
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        assertThat(field.getAttribute("value")).doesNotEndWith("Met het toetsenbord");
    }

    /** Presses Tab until an element matching {@code css} has the focus (at most 200 times). */
    private WebElement tabTo(String css) {
        for (int i = 0; i < 200; i++) {
            tab();
            Boolean matches = (Boolean) browser.executeScript("return document.activeElement.matches(arguments[0])", css);
            if (matches) {
                return focused();
            }
        }
        throw new AssertionError("Tab never reached " + css);
    }
}
