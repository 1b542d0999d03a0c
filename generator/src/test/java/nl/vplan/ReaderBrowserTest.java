package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The example site in Chromium from disk, as its readers use it: a form prints from its first page,
 * is saved under a dated name and is not lost by leaving the page unasked; a one-item checklist has
 * no counter; search finds a word that only the school's attached PDF holds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderBrowserTest {

    @TempDir
    static Path temp;

    Path school;
    Path downloads;
    ChromeDriver browser;

    @BeforeAll
    void start() throws Exception {
        school = ExampleBuild.site().resolve("de-regenboog");
        downloads = Files.createDirectories(temp.resolve("downloads"));
        browser = Browser.start(downloads);
        Browser.viewport(browser, 1280, 900);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void open(String page) {
        browser.get(school.resolve(page).toUri().toString());
    }

    /**
     * Whether leaving the page now would ask first: the page's beforeunload handler cancels the event.
     * (Headless Chromium under a driver does not show the dialog itself, so the event is sent here.)
     */
    private boolean leavingAsks() {
        return (Boolean) browser.executeScript(
                "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;");
    }

    @Test
    void printingAFormStartsOnTheFirstPage() throws Exception {
        open("veiligheidsplan/formulier-incidentregistratie.html");
        byte[] pdf = Base64.getDecoder().decode(browser.print(new PrintOptions()).getContent());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            PDFTextStripper firstPage = new PDFTextStripper();
            firstPage.setStartPage(1);
            firstPage.setEndPage(1);
            assertThat(firstPage.getText(document)).contains("Registratieformulier incidenten", "Datum van het incident");
        }
    }

    @Test
    void aSavedFormIsNamedByItsDateAndTypedDataIsNotLeftUnasked() throws Exception {
        open("veiligheidsplan/formulier-incidentregistratie.html");
        assertThat(leavingAsks()).as("nothing typed yet").isFalse();
        WebElement field = browser.findElement(By.cssSelector("form.formulier textarea"));
        field.sendKeys("Ruzie op het plein");
        assertThat(leavingAsks()).as("typed, not saved").isTrue();

        browser.findElement(By.cssSelector("form.formulier [data-opslaan]")).click();
        Path saved = downloads.resolve("incidentregistratie-" + LocalDate.now() + ".json");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> Files.isRegularFile(saved));
        assertThat(Files.readString(saved)).contains("Ruzie op het plein");
        assertThat(leavingAsks()).as("saved").isFalse();

        field.sendKeys(" na de pauze");
        assertThat(leavingAsks()).isTrue();

        browser.findElement(By.cssSelector("form.formulier button[type=reset]")).click();
        assertThat(leavingAsks()).as("emptied").isFalse();
    }

    @Test
    void aChecklistOfOneItemHasNoCounterOrClearButton() {
        open("veiligheidsplan/pestprotocol.html");
        List<WebElement> lists = browser.findElements(By.cssSelector("[data-checklist]"));
        int single = 0;
        for (WebElement list : lists) {
            int boxes = list.findElements(By.cssSelector("input[type=checkbox]")).size();
            int bars = list.findElements(By.cssSelector(".checklist-balk")).size();
            if (boxes == 1) {
                single++;
                assertThat(bars).isZero();
                assertThat(list.getText()).doesNotContain("van 1 afgevinkt", "Lijst wissen");
            } else {
                assertThat(bars).isEqualTo(1);
            }
        }
        assertThat(single).as("one-item lists in the anti-bullying protocol").isPositive();
        assertThat(lists.size()).isGreaterThan(single);
    }

    @Test
    void searchFindsAWordThatOnlyTheSchoolsPdfHolds() {
        browser.get(school.resolve("zoeken.html").toUri() + "?q=ontruimingsmap");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id("zoekstatus")).getText().contains("ontruimingsmap"));
        List<String> found = browser.findElements(By.cssSelector("#zoekresultaten > li a")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertThat(found).isNotEmpty().allMatch(href -> href.endsWith("veiligheidsplan/ontruimingsplan.html"));
        assertThat(browser.findElement(By.cssSelector("#zoekresultaten mark")).getText()).isEqualToIgnoringCase("ontruimingsmap");
    }
}
