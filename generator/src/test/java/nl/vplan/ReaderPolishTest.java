package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * Small things readers of the example site meet: one form of the apostrophe, a card's breadcrumb
 * naming its part, an accessibility statement with a status and a date, the audience label only
 * where it tells something, table cells apart in search snippets, a form saying it holds personal data.
 */
class ReaderPolishTest {

    private static final Path SCHOOL = ExampleBuild.site().resolve("de-regenboog");

    @Test
    void apostrophesHaveOneFormOnEveryPage() {
        for (Path page : Site.pages(SCHOOL, 40)) {
            assertThat(Site.html(page).text()).as(page.toString()).doesNotContainPattern("\\p{L}’\\p{L}");
        }
        assertThat(Site.html(SCHOOL.resolve("veiligheidsplan/coordinatie.html")).select("main").text())
                .contains("BHV'ers verlenen eerste hulp", "Minimaal aantal aanwezige BHV'ers");
    }

    @Test
    void aCardsBreadcrumbNamesItsPart() {
        Document card = Site.html(SCHOOL.resolve("veiligheidsplan/pestprotocol-kaart.html"));
        assertThat(card.select(".kruimelpad a").eachText()).contains("Bijlage 1: Pestprotocol").doesNotContain("Protocol");
        assertThat(card.selectFirst(".kruimelpad a[href=pestprotocol.html]")).isNotNull();
    }

    @Test
    void theAccessibilityStatementSaysItsStatusAndDate() {
        String text = Site.html(SCHOOL.resolve("toegankelijkheid.html")).select("main").text();
        assertThat(text).contains("ook als de bestanden op een netwerkschijf staan,",
                "Deze site voldoet gedeeltelijk aan WCAG 2.1 niveau AA.", "opgesteld op 1 september 2026");
    }

    @Test
    void aPartWrittenForOneAudienceSaysSoOnce() {
        Document pupils = Site.html(SCHOOL.resolve("gedragscode-ict/ict-leerlingen.html"));
        assertThat(pupils.select("main section, main .sect1")).hasSizeGreaterThan(2);
        assertThat(pupils.select("main .vplan-doelgroep-label").eachText()).containsExactly("Voor leerlingen");
        // where audiences alternate, each change is still labelled
        assertThat(Site.html(SCHOOL.resolve("gedragscode-ict/ict-controle.html")).select("main .vplan-doelgroep-label").eachText())
                .contains("Voor leerlingen", "Voor ouders");
    }

    @Test
    void searchSnippetsKeepTableCellsApart() throws IOException {
        String index = Files.readString(SCHOOL.resolve("zoekindex.js"));
        assertThat(index).contains("Rol · Naam · Telefoon — Eerste aanspreekpunt media · M. Verhoef-Dijkman · 012-5550101");
        assertThat(index).contains("Terugkerende taken: ");
    }

    @Test
    void aFormSaysItHoldsPersonalDataKeptOnThisComputer() {
        Document form = Site.html(SCHOOL.resolve("veiligheidsplan/formulier-incidentregistratie.html"));
        assertThat(form.select("form.formulier .formulier-privacy").text())
                .contains("persoonsgegevens", "alleen op deze computer");
    }
}
