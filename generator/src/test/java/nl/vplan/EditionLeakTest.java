package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Classified blocks in every shape AsciiDoc has (a table's AsciiDoc cell, a description list's item,
 * a list item, an admonition, a sidebar, an example, a quote, an open block, and a section that public
 * text refers to with an xref), in a framework chapter, a school's text and a document with audiences:
 * none of their secrets reaches the public edition's pages, search index or PDFs, while the public
 * text around them does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditionLeakTest {

    @TempDir
    static Path temp;

    /** The shapes, each with a {@code %s} for its unique secret and public text around it. */
    private static final List<String> SHAPES = List.of("""
            [cols="1,2a"]
            |===
            |Sleutel
            |Openbare cel %1$s-OPEN-CEL.

            [klasse=vertrouwelijk]
            ====
            Kluiscode %1$s-CEL.
            ====
            |===
            """, """
            Sleutelkast:: Openbare term %1$s-OPEN-TERM.
            +
            [klasse=vertrouwelijk]
            --
            Code %1$s-TERM.
            --
            """, """
            * Openbaar punt %1$s-OPEN-PUNT.
            +
            [klasse=vertrouwelijk]
            Geheim punt %1$s-PUNT.
            """, """
            [NOTE]
            ====
            Openbare opmerking %1$s-OPEN-NOTE.

            [klasse=vertrouwelijk]
            Geheime opmerking %1$s-NOTE.
            ====
            """, """
            ****
            Openbare zijbalk %1$s-OPEN-ZIJ.

            [klasse=intern]
            Interne zijbalk %1$s-ZIJ.
            ****
            """, """
            ____
            Openbaar citaat %1$s-OPEN-CITAAT.

            [klasse=vertrouwelijk]
            ====
            Geheim voorbeeld in citaat %1$s-CITAAT.
            ====
            ____
            """, """
            --
            Open blok %1$s-OPEN-BLOK.

            [klasse=vertrouwelijk]
            [WARNING]
            Geheime waarschuwing %1$s-BLOK.
            --
            """, """
            Zie <<geheime-sectie-%2$s>> voor meer, en <<geheime-sectie-%2$s,de regels>> %1$s-OPEN-XREF.

            [klasse=vertrouwelijk]
            [[geheime-sectie-%2$s]]
            == Sleutelbeheer %1$s-XREF

            Tekst %1$s-XREF-TEKST.

            == Daarna %1$s-OPEN-DAARNA

            Slot.
            """);

    private static String text(String title, String marker) {
        StringBuilder text = new StringBuilder("= " + title + "\n\n");
        for (String shape : SHAPES) {
            text.append(shape.formatted(marker, marker.toLowerCase(java.util.Locale.ROOT))).append('\n');
        }
        return text.toString();
    }

    @BeforeAll
    void build() {
        Path content = temp.resolve("content");
        Site.write(content, "kader.yml", """
                bestuur: Stichting Proef
                documenten:
                  - id: plan
                    titel: Plan
                    vastgesteld: 2026-09-01
                    onderdelen:
                      - hoofdstukken/kader.adoc
                      - {school: eigen, titel: Eigen regels}
                  - id: ict
                    titel: Gedragscode ICT
                    vastgesteld: 2026-09-01
                    doelgroepen: [medewerkers, leerlingen]
                    onderdelen:
                      - ict/code.adoc
                """);
        Site.write(content, "velden.yml", "directeur.naam: {label: Naam directeur, klasse: openbaar}\n");
        Site.write(content, "hoofdstukken/kader.adoc", text("Kader", "KADER"));
        Site.write(content, "scholen/proef/aanvullingen/eigen.adoc", text("Eigen", "SCHOOL"));
        Site.write(content, "ict/code.adoc", text("Code", "ICT") + """
                [doelgroep=leerlingen]
                == Voor leerlingen ICT-OPEN-LEERLING

                [cols="1a"]
                |===
                |Openbaar in cel ICT-OPEN-LEERLINGCEL.

                [klasse=vertrouwelijk]
                Geheim voor leerlingen ICT-LEERLING.
                |===
                """);
        Site.write(content, "scholen/proef/school.yml", "naam: Proefschool\nvelden:\n  directeur.naam: A. Proef\n");
        Cli.Result result = Cli.run("build", "--content", content.toString(), "--out", temp.resolve("uit").toString(),
                "--edition", "openbaar");
        assertThat(result.exit()).as(result.err()).isZero();
    }

    @Test
    void noSecretReachesThePublicPagesSearchIndexOrPdfs() throws Exception {
        Path school = temp.resolve("uit/proef");
        String pages = String.join("\n", Site.pages(school).stream().map(p -> Site.html(p).text()).toList());
        String index = Files.readString(school.resolve("zoekindex.js"), StandardCharsets.UTF_8);
        StringBuilder pdfs = new StringBuilder();
        try (var files = Files.list(school)) {
            for (Path pdf : files.filter(f -> f.toString().endsWith(".pdf")).toList()) {
                pdfs.append(pdfText(pdf));
            }
        }
        assertThat(pdfs).as("the PDFs were read").contains("Gedragscode ICT");
        for (String marker : List.of("KADER", "SCHOOL", "ICT")) {
            for (var output : List.of(pages, index, pdfs.toString())) {
                for (String secret : List.of("CEL", "TERM", "PUNT", "NOTE", "ZIJ", "CITAAT", "BLOK", "XREF", "XREF-TEKST")) {
                    assertThat(output).as(marker + "-" + secret).doesNotContainPattern(marker + "-" + secret + "\\b");
                }
                for (String open : List.of("CEL", "TERM", "PUNT", "NOTE", "ZIJ", "CITAAT", "BLOK", "XREF", "DAARNA")) {
                    assertThat(output).as(marker + "-OPEN-" + open).contains(marker + "-OPEN-" + open);
                }
            }
            assertThat(pages).doesNotContain("Sleutelbeheer");
        }
        assertThat(pages + index + pdfs).doesNotContainPattern("ICT-LEERLING\\b")
                .contains("ICT-OPEN-LEERLINGCEL");
        assertThat(Files.readString(school.resolve("ict/voor-leerlingen.html"))).contains("ICT-OPEN-LEERLINGCEL")
                .doesNotContain("ICT-LEERLING.");
    }

    @Test
    void anXrefToALeftOutSectionIsNeutralTextNotALink() {
        var page = Site.html(temp.resolve("uit/proef/plan/kader.html"));
        var paragraph = page.select("main p:contains(KADER-OPEN-XREF)").first();
        assertThat(paragraph).isNotNull();
        assertThat(paragraph.select("a")).isEmpty();
        assertThat(paragraph.text()).contains("Niet in deze versie", "de regels");
        assertThat(page.select("[id^=geheime-sectie], a[href*=geheime-sectie]")).isEmpty();
    }

    private static String pdfText(Path pdf) throws java.io.IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }
}
