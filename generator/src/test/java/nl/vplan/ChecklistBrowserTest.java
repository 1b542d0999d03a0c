package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Checklists and forms in a real browser, opened from disk: ticking is remembered per school and
 * page and can be cleared; a form is prefilled, can be filled in, printed and opened from a saved file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChecklistBrowserTest {

    @TempDir
    static Path temp;

    Path out;
    ChromeDriver browser;

    @BeforeAll
    void buildTwoSchoolsAndStartBrowser() throws Exception {
        Path content = temp.resolve("content");
        out = temp.resolve("site");
        Site.write(content, "kader.yml", "bestuur: Proef\ndocumenten:\n  - id: plan\n    titel: Plan\n    onderdelen: [bijlagen/ontruiming.adoc]\n");
        Site.write(content, "velden.yml", "bhv.naam: {label: Naam BHV-coördinator}\n");
        Site.write(content, "bijlagen/ontruiming.adoc", """
                = Ontruiming

                * [ ] Alarm geven
                * [x] Deuren sluiten
                * [ ] Verzamelen op het plein bij invul:bhv.naam[]

                formulier::melding[]
                """);
        Site.write(content, "formulieren/melding.yml", """
                titel: Melding
                velden:
                  - {id: school, label: School, type: tekst, veld: school}
                  - {id: wat, label: Wat is er gebeurd, type: tekstvak}
                  - {id: soort, label: Soort, type: meerkeuze, opties: [Brand, Ongeval]}
                """);
        Site.write(content, "scholen/een/school.yml", "naam: School Een\n");
        Site.write(content, "scholen/twee/school.yml", "naam: School Twee\n");
        Cli.Result result = Cli.run("build", "--content", content.toString(), "--out", out.toString());
        assertThat(result.exit()).as(result.err()).isZero();
        browser = Browser.start();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private List<WebElement> open(String school) {
        browser.get(out.resolve(school).resolve("plan/ontruiming.html").toUri().toString());
        return browser.findElements(By.cssSelector("ul.checklist input[type=checkbox]"));
    }

    private String progress() {
        return browser.findElement(By.cssSelector(".checklist-voortgang")).getText();
    }

    @Test
    void tickingIsRememberedPerSchoolAndCanBeCleared() {
        List<WebElement> boxes = open("een");
        assertThat(boxes).hasSize(3);
        assertThat(progress()).isEqualTo("1 van 3 afgevinkt");

        boxes.get(0).click();
        boxes.get(1).click();
        assertThat(progress()).isEqualTo("1 van 3 afgevinkt");
        browser.findElement(By.xpath("//label[contains(., 'Verzamelen')]")).click();
        assertThat(progress()).isEqualTo("2 van 3 afgevinkt");

        boxes = open("een");
        assertThat(boxes).extracting(WebElement::isSelected).containsExactly(true, false, true);
        assertThat(progress()).isEqualTo("2 van 3 afgevinkt");

        List<WebElement> other = open("twee");
        assertThat(other).extracting(WebElement::isSelected).containsExactly(false, true, false);

        boxes = open("een");
        browser.findElement(By.cssSelector(".checklist-wissen")).click();
        assertThat(boxes).extracting(WebElement::isSelected).containsExactly(false, true, false);
        boxes = open("een");
        assertThat(boxes).extracting(WebElement::isSelected).containsExactly(false, true, false);
    }

    @Test
    void aFormIsFilledInPrintedAndOpenedFromASavedFile() throws Exception {
        open("een");
        WebElement school = browser.findElement(By.id("f-melding-school"));
        assertThat(school.getAttribute("value")).isEqualTo("School Een");
        browser.findElement(By.id("f-melding-wat")).sendKeys("Rookmelder ging af in lokaal 3");
        browser.findElement(By.cssSelector("input[name=f-melding-soort][value=Brand]")).click();

        String printed = browser.print(new org.openqa.selenium.print.PrintOptions()).getContent();
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(java.util.Base64.getDecoder().decode(printed))) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
            assertThat(text).contains("Rookmelder ging af in lokaal 3").contains("School Een");
        }

        Path saved = temp.resolve("melding.json");
        Files.writeString(saved, "{\"formulier\":\"melding\",\"waarden\":{\"f-melding-wat\":\"Uit een bestand\","
                + "\"f-melding-soort\":[\"Ongeval\"]}}");
        open("een");
        browser.findElement(By.cssSelector("input[data-openen]")).sendKeys(saved.toString());
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(5)).until(d ->
                "Uit een bestand".equals(d.findElement(By.id("f-melding-wat")).getAttribute("value")));
        assertThat(browser.findElement(By.cssSelector("input[name=f-melding-soort][value=Ongeval]")).isSelected()).isTrue();
        assertThat(browser.findElement(By.cssSelector("input[name=f-melding-soort][value=Brand]")).isSelected()).isFalse();
    }

    @Test
    void theKeyboardTicksABox() {
        List<WebElement> boxes = open("twee");
        boxes.get(2).sendKeys(Keys.SPACE);
        assertThat(open("twee").get(2).isSelected()).isTrue();
        open("twee").get(2).sendKeys(Keys.SPACE);
        assertThat(open("twee").get(2).isSelected()).isFalse();
    }
}
