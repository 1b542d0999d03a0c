package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document with {@code doelgroepen} gets a page and a PDF per audience holding only the text
 * marked {@code [doelgroep=…]} for it, under the headings of the sections around it.
 */
class AudiencePagesTest {

    @TempDir
    static Path temp;
    static Path content;
    static Path out;

    @BeforeAll
    static void build() {
        content = temp.resolve("inhoud");
        Site.write(content, "kader.yml", """
                bestuur: Stichting Proef
                documenten:
                  - id: code
                    titel: Gedragscode
                    versie: "1"
                    doelgroepen: [medewerkers, leerlingen, ouders]
                    onderdelen: [regels.adoc]
                """);
        Site.write(content, "velden.yml", "ict.naam: {label: Naam ICT-contactpersoon, type: tekst, klasse: openbaar}\n");
        Site.write(content, "formulieren/kennisneming.yml", """
                titel: Verklaring van kennisneming
                inleiding: Lees de code en teken.
                velden:
                  - {id: naam, label: Naam, type: tekst}
                  - {id: handtekening, label: Handtekening, type: handtekening}
                """);
        Site.write(content, "regels.adoc", """
                = Regels

                Inleiding voor iedereen ALGEMEEN-TEKST.

                [doelgroep=leerlingen]
                * LEERLING-REGEL-EEN
                * LEERLING-REGEL-TWEE

                [doelgroep=medewerkers]
                == Voor het team

                Regel MEDEWERKER-REGEL; vraag het aan invul:ict.naam[].

                == Gedeeld

                Algemene uitleg OVERAL-TEKST.

                [doelgroep="ouders, medewerkers"]
                OUDER-EN-MEDEWERKER-REGEL, zie <<voor-het-team>>.

                [doelgroep=medewerkers]
                === Ondertekenen

                formulier::kennisneming[]
                """);
        Site.write(content, "scholen/proef/school.yml", "naam: Proefschool\nvelden: {ict.naam: P. Pixel}\n");
        out = temp.resolve("site");
        Cli.Result result = Cli.run("build", "--content", content.toString(), "--out", out.toString());
        assertThat(result.exit()).as(result.err()).isZero();
    }

    @Test
    void eachAudiencePageHoldsOnlyItsOwnRules() {
        Document pupils = Site.html(out.resolve("proef/code/voor-leerlingen.html"));
        assertThat(pupils.select("h1").text()).isEqualTo("Gedragscode voor leerlingen");
        assertThat(pupils.select("main").text()).contains("LEERLING-REGEL-EEN", "LEERLING-REGEL-TWEE")
                .doesNotContain("MEDEWERKER-REGEL", "ALGEMEEN-TEKST", "OVERAL-TEKST", "Verklaring van kennisneming");

        Document parents = Site.html(out.resolve("proef/code/voor-ouders.html"));
        Element main = parents.selectFirst("main");
        assertThat(main.text()).contains("OUDER-EN-MEDEWERKER-REGEL")
                .doesNotContain("LEERLING-REGEL", "MEDEWERKER-REGEL;", "OVERAL-TEKST", "Handtekening");
        // the section around the rule keeps its heading, one level below the part's title
        assertThat(main.select("h2").eachText()).contains("1. Regels");
        assertThat(main.select("h3").eachText()).containsExactly("Gedeeld");
        // the section the rule refers to is not on this page: the link goes to the full part
        assertThat(main.select("a:contains(Voor het team)").attr("href")).isEqualTo("regels.html#voor-het-team");

        Document staff = Site.html(out.resolve("proef/code/voor-medewerkers.html"));
        assertThat(staff.select("main").text()).contains("MEDEWERKER-REGEL; vraag het aan P. Pixel", "OUDER-EN-MEDEWERKER-REGEL")
                .doesNotContain("LEERLING-REGEL", "OVERAL-TEKST");
        assertThat(staff.select("main a:contains(Voor het team)").attr("href")).isEqualTo("#voor-het-team");
        assertThat(staff.select("main form input, main form textarea")).as("the signature form").isNotEmpty();
        java.util.Map<String, Document> pages = java.util.Map.of("leerlingen", pupils, "ouders", parents, "medewerkers", staff);
        pages.forEach((audience, page) -> {
            assertThat(page.select("main .vplan-doelgroep")).as(audience).isNotEmpty()
                    .allMatch(marked -> marked.hasClass("vplan-doelgroep-" + audience), "marked for " + audience);
            assertThat(page.select(".vplan-doelgroep-label")).as("no labels on a page for one audience").isEmpty();
        });
    }

    @Test
    void theFullDocumentSaysWhomEachRuleAddresses() {
        Document full = Site.html(out.resolve("proef/code/regels.html"));
        assertThat(full.select(".vplan-doelgroep-label").eachText())
                .containsExactly("Voor leerlingen", "Voor medewerkers", "Voor ouders en medewerkers", "Voor medewerkers");
        assertThat(full.select("main").text()).contains("ALGEMEEN-TEKST", "OVERAL-TEKST", "LEERLING-REGEL-EEN", "MEDEWERKER-REGEL");

        assertThat(Site.html(out.resolve("proef/index.html")).select("p.doelgroepen a").eachAttr("href"))
                .containsExactly("code/voor-medewerkers.html", "code/voor-leerlingen.html", "code/voor-ouders.html");
        Document start = Site.html(out.resolve("proef/code/index.html"));
        assertThat(start.select("ul.doelgroepen a").eachAttr("href")).containsExactly(
                "voor-medewerkers.html", "../code-voor-medewerkers.pdf",
                "voor-leerlingen.html", "../code-voor-leerlingen.pdf",
                "voor-ouders.html", "../code-voor-ouders.pdf");
    }

    @Test
    void eachAudienceHasItsOwnPrintedVersion() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(out.resolve("proef/code-voor-leerlingen.pdf").toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Gedragscode voor leerlingen", "Proefschool", "LEERLING-REGEL-EEN")
                    .doesNotContain("MEDEWERKER-REGEL", "OVERAL-TEKST");
            assertThat(pdf.getDocumentInformation().getTitle()).contains("Gedragscode voor leerlingen");
        }
        try (PDDocument pdf = Loader.loadPDF(out.resolve("proef/code-voor-medewerkers.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("MEDEWERKER-REGEL", "Verklaring van kennisneming", "Handtekening")
                    .doesNotContain("LEERLING-REGEL");
        }
    }

    @Test
    void withoutPdfsThePagesDoNotLinkToThem() {
        Path quick = temp.resolve("snel");
        Cli.Result result = Cli.run("build", "--content", content.toString(), "--out", quick.toString(), "--no-pdf");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(Site.html(quick.resolve("proef/code/index.html")).select("ul.doelgroepen a").eachAttr("href"))
                .containsExactly("voor-medewerkers.html", "voor-leerlingen.html", "voor-ouders.html");
        assertThat(Site.html(quick.resolve("proef/code/voor-ouders.html")).select("a[href$=.pdf]")).isEmpty();
        assertThat(quick.resolve("proef/code-voor-ouders.pdf")).doesNotExist();
    }

    @Test
    void anUnknownAudienceIsAnErrorWithItsPlace() throws Exception {
        Path broken = temp.resolve("fout");
        Site.write(broken, "kader.yml", Files.readString(content.resolve("kader.yml")));
        Site.write(broken, "velden.yml", Files.readString(content.resolve("velden.yml")));
        Site.write(broken, "scholen/proef/school.yml", "naam: Proefschool\n");
        Site.write(broken, "regels.adoc", "= Regels\n\n[doelgroep=\"ouders, leerlingn\"]\nTekst.\n");
        Cli.Result result = Cli.run("check", "--content", broken.toString());
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err()).contains("regels.adoc:3:21", "onbekende doelgroep 'leerlingn'", "bedoelt u 'leerlingen'");
    }
}
