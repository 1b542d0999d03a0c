package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * What readers meet where an edition or a school leaves something out: a part above the edition
 * keeps its number and its place in the menu and contents ("Bijlage 2 — staat in de interne versie"),
 * so "zie Bijlage 3" means the same in every edition; an audience's page shows a left-out section's
 * place as the full page does; an audience without text in the school's document has no page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditionPlacesTest {

    @TempDir
    static Path temp;

    Path open;
    Path internal;

    @BeforeAll
    void build() {
        Path content = temp.resolve("inhoud");
        Site.write(content, "kader.yml", """
                bestuur: Stichting Proef
                documenten:
                  - id: plan
                    titel: Plan
                    doelgroepen: [leerlingen, ouders]
                    onderdelen:
                      - hoofdstukken/regels.adoc
                      - {bestand: hoofdstukken/crisis.adoc, klasse: intern}
                      - hoofdstukken/slot.adoc
                      - {bestand: hoofdstukken/extra.adoc, optioneel: true}
                      - bijlagen/a.adoc
                      - {school: ontruimingsplan, titel: Ontruimingsplan, klasse: intern}
                      - bijlagen/b.adoc
                """);
        Site.write(content, "velden.yml", "directeur.naam: {label: Naam directeur, type: tekst, klasse: openbaar}\n");
        Site.write(content, "hoofdstukken/regels.adoc", """
                = Regels

                Voor iedereen.

                [doelgroep=leerlingen]
                == Op het plein

                Niet rennen.

                [klasse=intern,doelgroep=leerlingen]
                == Binnen GEHEIME-TITEL

                GEHEIME-REGEL.
                """);
        Site.write(content, "hoofdstukken/crisis.adoc", "= Crisis\n\nCRISIS-TEKST\n");
        Site.write(content, "hoofdstukken/slot.adoc", "= Slot\n\nTot slot.\n");
        Site.write(content, "hoofdstukken/extra.adoc", "= Extra\n\n[doelgroep=ouders]\nOUDER-REGEL.\n");
        Site.write(content, "bijlagen/a.adoc", "= A\n\nEerste bijlage.\n");
        Site.write(content, "bijlagen/b.adoc", "= B\n\nDerde bijlage.\n");
        Site.write(content, "scholen/proef/school.yml", "naam: Proefschool\nonderdelen: {uit: [extra]}\nvelden: {}\n");
        open = temp.resolve("openbaar");
        internal = temp.resolve("intern");
        Cli.Result result = Cli.run("build", "--content", content.toString(), "--out", open.toString(), "--edition", "openbaar");
        assertThat(result.exit()).as(result.err()).isZero();
        result = Cli.run("build", "--content", content.toString(), "--out", internal.toString(), "--no-pdf");
        assertThat(result.exit()).as(result.err()).isZero();
    }

    @Test
    void aPartAboveTheEditionKeepsItsNumberAndItsPlaceInTheMenu() {
        Document page = Site.html(open.resolve("proef/plan/slot.html"));
        assertThat(page.selectFirst("h1").text()).isEqualTo("3. Slot");
        assertThat(page.select(".zijbalk .onderdelen li").eachText()).containsExactly(
                "1. Regels", "Hoofdstuk 2 — staat in de interne versie", "3. Slot",
                "Bijlage 1: A", "Bijlage 2 — staat in de interne versie", "Bijlage 3: B");
        assertThat(page.select(".zijbalk .onderdelen li.elders a")).isEmpty();
        assertThat(Site.html(open.resolve("proef/plan/index.html")).select("ol.inhoudsopgave li").eachText())
                .contains("Hoofdstuk 2 — staat in de interne versie", "Bijlage 2 — staat in de interne versie", "Bijlage 3: B");
        // the internal edition has the parts under the same numbers
        assertThat(Site.html(internal.resolve("proef/plan/slot.html")).select(".zijbalk .onderdelen li").eachText())
                .containsExactly("1. Regels", "2. Crisis", "3. Slot", "Bijlage 1: A", "Bijlage 2: Ontruimingsplan", "Bijlage 3: B");
        assertThat(Site.html(internal.resolve("proef/plan/b.html")).selectFirst("h1").text()).isEqualTo("Bijlage 3: B");
    }

    @Test
    void theHandbooksContentsNameThePartsOfTheOtherEdition() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(open.resolve("proef/plan.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Hoofdstuk 2 — staat in de interne versie", "Bijlage 2 — staat in de interne versie",
                    "Bijlage 3: B").doesNotContain("CRISIS-TEKST");
        }
    }

    @Test
    void anAudiencePageShowsALeftOutSectionsPlace() {
        Document full = Site.html(open.resolve("proef/plan/regels.html"));
        Document pupils = Site.html(open.resolve("proef/plan/voor-leerlingen.html"));
        String note = "Dit deel staat in de interne versie van het Plan.";
        assertThat(full.select("main").text()).contains(note).doesNotContain("GEHEIME");
        assertThat(pupils.select("main").text()).contains("Niet rennen.", note).doesNotContain("GEHEIME");
        assertThat(pupils.select("main .vplan-elders").eachText()).containsExactly(note);
        assertThat(Site.html(internal.resolve("proef/plan/voor-leerlingen.html")).select("main").text())
                .contains("GEHEIME-REGEL").doesNotContain(note);
    }

    @Test
    void anAudienceWithoutTextInTheSchoolsDocumentHasNoPage() {
        // the parents' only rule is in the part this school switched off
        assertThat(open.resolve("proef/plan/voor-ouders.html")).doesNotExist();
        assertThat(open.resolve("proef/plan-voor-ouders.pdf")).doesNotExist();
        assertThat(open.resolve("proef/plan/voor-leerlingen.html")).exists();
        assertThat(Site.html(open.resolve("proef/plan/index.html")).select("ul.doelgroepen a").eachAttr("href"))
                .containsExactly("voor-leerlingen.html", "../plan-voor-leerlingen.pdf");
        assertThat(Site.html(open.resolve("proef/index.html")).select("p.doelgroepen a").eachAttr("href"))
                .containsExactly("plan/voor-leerlingen.html");
    }
}
