package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The fill-in page in a real browser, opened from disk: a school with little filled in fills a field
 * of every type, a choice, a switch and a text; a bad telephone number is reported in Dutch next to
 * its field; the download, put in the school's folder, builds into a site that shows every value.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FillInBrowserTest {

    static final String SCHOOL = "het-kompas";
    /** A text that is YAML syntax if written carelessly: it must come back exactly. */
    static final String YAML_LIKE = "Lokaal 3: \"achter\" # naast de hal";

    @TempDir
    static Path temp;

    Path content;
    Path downloads;
    ChromeDriver browser;

    @BeforeAll
    void buildACopyAndStartBrowser() throws IOException {
        content = Cli.copyOfExample(temp);
        downloads = Files.createDirectories(temp.resolve("downloads"));
        assertThat(build("site").exit()).isZero();
        browser = Browser.start(downloads);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private Cli.Result build(String out) {
        Cli.Result result = Cli.run("build", "--content", content.toString(), "--out", temp.resolve(out).toString(),
                "--no-pdf", "--school", SCHOOL);
        assertThat(result.exit()).as(result.err()).isZero();
        return result;
    }

    private WebElement field(String id) {
        return browser.findElement(By.id("veld-" + id));
    }

    private void type(String id, String value) {
        WebElement input = field(id);
        input.clear();
        input.sendKeys(value);
        input.sendKeys(Keys.TAB);
    }

    @Test
    void whatIsFilledInComesBackInTheBuiltSite() throws Exception {
        browser.get(temp.resolve("site").resolve(SCHOOL).resolve("invullen.html").toUri().toString());

        // A wrong telephone number: the rule's Dutch message next to the field, tied to it.
        WebElement phone = field("arbodienst.telefoon");
        type("arbodienst.telefoon", "12345");
        WebElement error = browser.findElement(By.id("fout-veld-arbodienst.telefoon"));
        assertThat(error.getText()).isEqualTo("Telefoonnummer arbodienst: '12345' is geen telefoonnummer; schrijf 10 cijfers"
                + " (012-3456789), +31 met 9 cijfers, een 0800- of 0900-nummer of 112");
        assertThat(phone.getAttribute("aria-describedby")).contains("fout-veld-arbodienst.telefoon");
        assertThat(phone.getAttribute("aria-invalid")).isEqualTo("true");
        // The download refuses and puts the focus on the bad field.
        browser.findElement(By.id("invul-download")).click();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("veld-arbodienst.telefoon");
        assertThat(downloads.resolve("school-" + SCHOOL + ".zip")).doesNotExist();

        type("arbodienst.telefoon", "012-6660299");
        assertThat(error.getText()).isEmpty();
        assertThat(phone.getAttribute("aria-describedby")).doesNotContain("fout-");
        assertThat(phone.getAttribute("aria-invalid")).isNull();

        type("bhv.verzamelplaats", YAML_LIKE);                       // tekst
        type("bhv.aantal-nodig", "4");                                // getal
        type("arbo.email", "arbo@kompas.example");                    // email
        type("school.website", "https://www.kompas.example/veilig");  // url
        WebElement address = field("school.adres");                  // adres
        address.clear();
        address.sendKeys("Zeilmakerstraat 18", Keys.ENTER, "2345 CD Voorbeeldstad");
        // datum: the date picker's typing order depends on the locale, so set the value as the picker would
        browser.executeScript("arguments[0].value = '2026-10-01'; arguments[0].dispatchEvent(new Event('change'));",
                field("mr.instemming"));
        browser.findElement(By.cssSelector("label[for=keuze-bhv-gedeeld]")).click();
        browser.findElement(By.id("onderdeel-brede-school")).click();
        WebElement rules = browser.findElement(By.id("tekst-schoolregels"));
        rules.sendKeys("= Schoolregels", Keys.ENTER, Keys.ENTER, "Wij lopen rustig door de gang.", Keys.ENTER);

        Browser.viewport(browser, 375, 800);
        assertThat((Long) browser.executeScript("return document.documentElement.scrollWidth")).as("fits a phone").isLessThanOrEqualTo(375L);
        Browser.viewport(browser, 1280, 900);

        browser.findElement(By.id("invul-download")).click();
        Path zip = downloads.resolve("school-" + SCHOOL + ".zip");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> Files.exists(zip)
                && List.of(downloads.toFile().list()).stream().noneMatch(n -> n.endsWith(".crdownload")));
        assertThat(browser.findElement(By.id("invul-melding")).getText()).contains("school-het-kompas.zip is gedownload");

        Path schoolDir = content.resolve("scholen").resolve(SCHOOL);
        unzip(zip, schoolDir);
        String yml = Files.readString(schoolDir.resolve("school.yml"));
        assertThat(yml).startsWith("# Gemaakt met de invulpagina").contains("media.telefoon-thuis");
        assertThat(Files.readString(schoolDir.resolve("aanvullingen/schoolregels.adoc"))).contains("Wij lopen rustig door de gang.");

        build("opnieuw");
        Path site = temp.resolve("opnieuw").resolve(SCHOOL);
        JsonNode report = Site.json(site.resolve("volledigheid.json"));
        for (String id : List.of("arbodienst.telefoon", "bhv.verzamelplaats", "bhv.aantal-nodig", "arbo.email", "school.website",
                "school.adres", "mr.instemming")) {
            assertThat(report.path("velden").path(id).path("status").asText()).as(id).isEqualTo("ingevuld");
        }
        assertThat(report.path("schoolonderdelen").path("schoolregels").path("status").asText()).isEqualTo("ingevuld");
        assertThat(shown(site, "bhv.verzamelplaats")).isEqualTo(YAML_LIKE);
        assertThat(shown(site, "bhv.aantal-nodig")).isEqualTo("4");
        assertThat(shown(site, "arbodienst.telefoon")).isEqualTo("012-6660299");
        assertThat(shown(site, "arbo.email")).isEqualTo("arbo@kompas.example");
        assertThat(shown(site, "school.website")).isEqualTo("https://www.kompas.example/veilig");
        assertThat(shown(site, "mr.instemming")).isEqualTo("1 oktober 2026");
        assertThat(shown(site, "directeur.naam")).as("a value kept from before").isEqualTo("W. Hendriksen-Vos");
        assertThat(Site.yaml(schoolDir.resolve("school.yml")).path("velden").path("school.adres").asText())
                .isEqualTo("Zeilmakerstraat 18\n2345 CD Voorbeeldstad");
        assertThat(Site.yaml(schoolDir.resolve("school.yml")).path("keuzes").path("bhv").asText()).isEqualTo("gedeeld");
        assertThat(site.resolve("veiligheidsplan/brede-school.html")).as("the part switched on").exists();
        assertThat(Site.html(site.resolve("veiligheidsplan/schoolregels.html")).text()).contains("Wij lopen rustig door de gang.");
    }

    @Test
    void withoutTextsTheDownloadIsSchoolYmlItself() throws Exception {
        browser.get(temp.resolve("site").resolve(SCHOOL).resolve("invullen.html").toUri().toString());
        for (WebElement text : browser.findElements(By.cssSelector("textarea[data-tekst]"))) {
            text.clear();
        }
        browser.findElement(By.id("invul-download")).click();
        Path yml = downloads.resolve("school.yml");
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> Files.exists(yml)
                && List.of(downloads.toFile().list()).stream().noneMatch(n -> n.endsWith(".crdownload")));
        String text = Files.readString(yml);
        assertThat(text).startsWith("# Gemaakt met de invulpagina (invullen.html) van vplan.\nnaam: \"Basisschool Het Kompas\"\n")
                .contains("\nonderdelen: {uit: [\"brede-school\"]}\n", "\n  bhv: \"eigen\"\n");
        JsonNode school = Site.yaml(yml);
        JsonNode original = Site.yaml(Cli.EXAMPLE.resolve("scholen").resolve(SCHOOL).resolve("school.yml"));
        assertThat(school.path("velden")).as("nothing changed, nothing lost").isEqualTo(original.path("velden"));
        assertThat(school.path("keuzes")).isEqualTo(original.path("keuzes"));
    }

    @Test
    void aDirecteurCanShowOnlyWhatIsStillOpen() {
        browser.get(temp.resolve("site").resolve(SCHOOL).resolve("invullen.html").toUri().toString());
        String stand = browser.findElement(By.className("invul-stand")).getText();
        int open = browser.findElements(By.cssSelector(".invulveld-open")).size();
        assertThat(stand).startsWith(open + " van de ");
        browser.findElement(By.id("invul-alleen-open")).click();
        List<WebElement> shown = browser.findElements(By.cssSelector(".invulveld")).stream().filter(WebElement::isDisplayed).toList();
        assertThat(shown).hasSize(open).allMatch(f -> f.getAttribute("class").contains("invulveld-open"));
        type(shown.get(0).findElement(By.cssSelector("input, textarea")).getAttribute("data-veld"), "iets");
        assertThat(shown.get(0).isDisplayed()).as("a field being filled in stays in view").isTrue();
        browser.findElement(By.id("invul-alleen-open")).click();
        assertThat(browser.findElements(By.cssSelector(".invulveld")).stream().filter(WebElement::isDisplayed).count())
                .isGreaterThan(open);
    }

    @Test
    void inThePreviewOpslaanWritesSchoolYmlKeepingCommentsAndShowsWhatIsStillOpen() throws Exception {
        Path previewContent = Cli.copyOfExample(Files.createDirectories(temp.resolve("voorbeeld")));
        Path file = previewContent.resolve("scholen/" + SCHOOL + "/school.yml");
        String before = Files.readString(file);
        try (nl.vplan.serve.PreviewServer server = new nl.vplan.serve.PreviewServer(previewContent, List.of(previewContent),
                new nl.vplan.pipeline.Stages(Cli::engine, nl.vplan.compose.SiteTemplates.embedded()))) {
            int port = server.start(0);
            browser.get("http://127.0.0.1:" + port + "/" + SCHOOL + "/invullen.html");
            WebElement save = browser.findElement(By.id("invul-opslaan"));
            assertThat(save.isDisplayed()).isTrue();
            type("directeur.naam", "Q. Opgeslagen");
            type("bhv.verzamelplaats", YAML_LIKE);
            clickInView(browser.findElement(By.cssSelector("label[for=keuze-bhv-gedeeld]")));
            browser.executeScript("window.nogNietHerladen = true;");
            clickInView(save);

            // the page reloads itself shortly after the answer: an element found just before may be gone when read
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.ignoring(StaleElementReferenceException.class);
            wait.until(d -> d.findElement(By.id("invul-melding")).getText().startsWith("Opgeslagen: 3 wijzigingen. Nog open:"));
            String after = Files.readString(file);
            before.lines().filter(l -> l.strip().startsWith("#")).forEach(comment -> assertThat(after).contains(comment));
            assertThat(Site.yaml(file).at("/velden/bhv.verzamelplaats").asText()).isEqualTo(YAML_LIKE);
            assertThat(Site.yaml(file).at("/keuzes/bhv").asText()).isEqualTo("gedeeld");
            // the page reloads with the saved values as its current ones, and still says what was saved
            wait.until(d -> ((ChromeDriver) d).executeScript(
                    "return window.nogNietHerladen === undefined && document.readyState === 'complete'") == Boolean.TRUE);
            assertThat(field("directeur.naam").getAttribute("value")).isEqualTo("Q. Opgeslagen");
            assertThat(field("bhv.verzamelplaats").getAttribute("value")).isEqualTo(YAML_LIKE);
            assertThat(browser.findElement(By.id("invul-melding")).getText()).startsWith("Opgeslagen: 3 wijzigingen.");
            save = browser.findElement(By.id("invul-opslaan"));

            // a page whose token is not this school's is refused, and nothing changes
            byte[] saved = Files.readAllBytes(file);
            browser.executeScript("document.querySelector('meta[name=vplan-opslaan]').setAttribute('content', 'verzonnen');");
            type("directeur.naam", "X. Kwaad");
            clickInView(save);
            wait.until(d -> d.findElement(By.id("invul-melding")).getText().contains("laad de pagina opnieuw"));
            assertThat(Files.readAllBytes(file)).isEqualTo(saved);
            assertThat(browser.manage().logs().get("browser").getAll()).noneMatch(e -> e.getMessage().contains("Content Security Policy"));
        }
    }

    /** Clicks an element scrolled to the middle of the window, clear of the preview's bar at the bottom. */
    private void clickInView(WebElement element) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** The text of the first place the site shows the field's value. */
    private static String shown(Path site, String id) {
        for (Path page : Site.pages(site)) {
            Element value = Site.html(page).selectFirst(".invul-ingevuld[data-veld=" + id + "]");
            if (value != null) {
                return value.text();
            }
        }
        return null;
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
                Path target = into.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(into)).as(entry.getName()).isTrue();
                if (!entry.isDirectory()) {
                    Files.createDirectories(target.getParent());
                    Files.write(target, entries.readAllBytes());
                }
            }
        }
    }
}
