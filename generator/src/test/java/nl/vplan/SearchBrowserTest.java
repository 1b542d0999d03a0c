package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search as a reader uses it, in Chromium straight from disk (file://): a word typed in the header
 * finds the pages where it occurs in any Dutch word form, with the hit highlighted in a snippet.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchBrowserTest {

    static final String SCHOOL = "de-regenboog";

    Path site;
    ChromeDriver browser;

    @BeforeAll
    void start() {
        site = ExampleBuild.site();
        browser = Browser.start();
        Browser.viewport(browser, 1280, 900);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private List<WebElement> results() {
        return browser.findElements(By.cssSelector("#zoekresultaten > li"));
    }

    private String status() {
        return browser.findElement(By.id("zoekstatus")).getText();
    }

    /** The part page (relative to the school's folder) where words matching {@code pattern} occur most often. */
    private String pageWithMost(Pattern pattern) {
        String best = "";
        int most = 0;
        Path folder = site.resolve(SCHOOL);
        for (Path page : Site.pages(folder, 25)) {
            Document html = Site.html(page);
            if (html.selectFirst(".zijbalk") == null || page.getFileName().toString().equals("index.html")) {
                continue;
            }
            Matcher m = pattern.matcher(html.selectFirst("main").text());
            int count = 0;
            while (m.find()) {
                count++;
            }
            if (count > most) {
                most = count;
                best = folder.relativize(page).toString();
            }
        }
        return best;
    }

    @Test
    void aWordTypedInTheHeaderFindsItsPageInEveryWordForm() {
        browser.get(site.resolve(SCHOOL).resolve("index.html").toUri().toString());
        WebElement box = browser.findElement(By.cssSelector("header form[role=search] input[name=q]"));
        box.sendKeys("gepest", Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("zoeken.html?q=gepest"));
        assertThat(browser.getCurrentUrl()).startsWith("file:");
        assertThat(browser.findElement(By.id("zoekterm")).getAttribute("value")).isEqualTo("gepest");
        assertThat(results()).isNotEmpty();
        assertThat(status()).contains("gevonden voor ‘gepest’");

        String expected = pageWithMost(Pattern.compile("\\b(ge)?pest(en|er|ers|e|t)?\\b", Pattern.CASE_INSENSITIVE));
        assertThat(results().get(0).findElement(By.tagName("a")).getAttribute("href")).contains(expected);

        // The forms found: more than the word typed, each one highlighted.
        Set<String> marked = new HashSet<>();
        for (WebElement mark : browser.findElements(By.cssSelector("#zoekresultaten mark"))) {
            marked.add(mark.getText().toLowerCase());
        }
        assertThat(marked).contains("gepest").contains("pesten").contains("pester");
        for (String form : marked) {
            assertThat(form).matches("(ge)?pest.*");
        }

        // A result leads to its section.
        WebElement first = results().get(0).findElement(By.tagName("a"));
        String href = first.getAttribute("href");
        first.click();
        assertThat(browser.getCurrentUrl()).isEqualTo(href);
        if (href.contains("#")) {
            assertThat(browser.findElements(By.id(href.substring(href.indexOf('#') + 1)))).hasSize(1);
        }
    }

    @Test
    void resultsFollowTheTypingAndEveryWordMustOccur() {
        browser.get(site.resolve(SCHOOL).resolve("zoeken.html").toUri().toString());
        WebElement box = browser.findElement(By.id("zoekterm"));
        box.sendKeys("ongevallen");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> status().contains("‘ongevallen’"));
        List<String> pages = new ArrayList<>();
        results().forEach(r -> pages.add(r.findElement(By.tagName("a")).getAttribute("href")));
        String expected = pageWithMost(Pattern.compile("\\bongeval(len)?\\b", Pattern.CASE_INSENSITIVE));
        assertThat(pages).anyMatch(p -> p.contains(expected));
        int one = results().size();

        box.sendKeys(" leerling");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> status().contains("‘ongevallen leerling’"));
        assertThat(results().size()).isBetween(1, one);

        box.clear();
        box.sendKeys("xqzwv");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> status().contains("Niets gevonden voor ‘xqzwv’"));
        assertThat(results()).isEmpty();

        // Text from the index is shown as text, never run as HTML.
        box.clear();
        box.sendKeys("<img src=x onerror=alert(1)>");
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> status().contains("Niets gevonden"));
        assertThat(browser.findElements(By.cssSelector("#zoekstatus img, #zoekresultaten img"))).isEmpty();
        System.out.println("search index built in the browser in "
                + browser.findElement(By.tagName("body")).getAttribute("data-zoekindex-ms") + " ms");
    }

    @Test
    void dutchWordFormsMeetAndDifferentWordsStayApart() {
        browser.get(site.resolve(SCHOOL).resolve("zoeken.html").toUri().toString());
        List<List<String>> sameWord = List.of(
                List.of("pesten", "gepest", "pester", "pesters", "gepeste", "pest"),
                List.of("ongeval", "ongevallen"),
                List.of("melden", "gemeld", "meldt", "melding", "meldingen"),
                List.of("school", "scholen"),
                List.of("kind", "kinderen"),
                List.of("ontruimen", "ontruimd", "ontruiming"),
                List.of("leerkracht", "leerkrachten"),
                List.of("coördinator", "coordinator"));
        for (List<String> group : sameWord) {
            for (String word : group) {
                assertThat(forms(word)).as(word + " meets " + group.get(0)).containsAnyElementsOf(forms(group.get(0)));
            }
        }
        for (String[] pair : new String[][] {{"pesten", "melden"}, {"school", "kind"}, {"ongeval", "ontruimen"}, {"brand", "branche"}}) {
            assertThat(forms(pair[0])).as(pair[0] + " / " + pair[1]).doesNotContainAnyElementsOf(forms(pair[1]));
        }
    }

    @SuppressWarnings("unchecked")
    private List<String> forms(String word) {
        String plain = java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return (List<String>) browser.executeScript("return window.vplanDutchForms(arguments[0])", plain);
    }
}
