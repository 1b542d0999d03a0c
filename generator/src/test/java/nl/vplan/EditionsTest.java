package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three editions: every non-public value, block, section and part carries a unique marker, and
 * no output file of a lower edition may contain it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EditionsTest {

    @TempDir
    static Path temp;

    Path content;

    /** Marker string → the lowest edition allowed to contain it. */
    static final Map<String, String> MARKERS = Map.of(
            "WAARDE-OPENBAAR-7a1", "openbaar",
            "WAARDE-INTERN-3f9", "intern",
            "WAARDE-VERTROUWELIJK-c42", "vertrouwelijk",
            "BLOK-INTERN-5d0", "intern",
            "SECTIE-VERTROUWELIJK-e17", "vertrouwelijk",
            "ONDERDEEL-INTERN-b88", "intern",
            "VERSIE-INTERN-9c3", "intern");

    private void write(String path, String text) {
        Site.write(content, path, text);
    }

    @BeforeAll
    void content() throws Exception {
        content = temp.resolve("content");
        write("kader.yml", """
                bestuur: Stichting Proef
                documenten:
                  - id: plan
                    titel: Plan
                    vastgesteld: 2026-09-01
                    doelgroepen: [leerlingen]
                    onderdelen:
                      - hoofdstukken/crisis.adoc
                      - {bestand: hoofdstukken/alarmnummers.adoc, klasse: intern}
                      - hoofdstukken/ontruiming.adoc
                regels:
                  instemming: {document: plan, datum: mr.instemming, versie: mr.instemming-versie}
                """);
        write("velden.yml", """
                directeur.naam: {label: Naam directeur, klasse: openbaar}
                directeur.telefoon: {label: Telefoonnummer directeur, type: tekst, klasse: intern}
                media.telefoon-thuis: {label: Privénummer media, type: tekst, klasse: vertrouwelijk}
                bhv.telefoon: {label: Telefoon BHV, type: telefoon, klasse: intern}
                mr.instemming: {label: Datum instemming MR, type: datum, klasse: intern}
                mr.instemming-versie: {label: Versie instemming MR, type: tekst, klasse: intern}
                """);
        write("hoofdstukken/crisis.adoc", """
                = Crisis

                Directeur: invul:directeur.naam[], telefoon invul:directeur.telefoon[].

                [klasse=intern]
                Alleen intern: BLOK-INTERN-5d0.

                [klasse=vertrouwelijk]
                == Privénummers SECTIE-VERTROUWELIJK-e17

                Media thuis: invul:media.telefoon-thuis[].

                == Daarna

                Zie de alarmnummers.

                [doelgroep=leerlingen]
                == Voor leerlingen

                Bel invul:directeur.naam[] op invul:directeur.telefoon[] of invul:media.telefoon-thuis[].

                [klasse=intern,doelgroep=leerlingen]
                Alleen intern voor leerlingen: BLOK-INTERN-5d0.
                """);
        write("hoofdstukken/ontruiming.adoc", """
                = Ontruiming

                [.protocolkaart]
                == Kaart

                * [ ] Bel de BHV'er op invul:bhv.telefoon[].
                """);
        write("hoofdstukken/alarmnummers.adoc", "= Alarmnummers\n\nONDERDEEL-INTERN-b88\n");
        write("taken/crisis.yml", """
                taken:
                  - id: oefenen
                    wat: Crisisoefening
                    wie: media.telefoon-thuis
                    frequentie: jaarlijks
                    wanneer: maart
                    grondslag: Beleid
                """);
        write("scholen/proef/school.yml", """
                naam: Proefschool
                velden:
                  directeur.naam: WAARDE-OPENBAAR-7a1
                  directeur.telefoon: WAARDE-INTERN-3f9
                  media.telefoon-thuis: WAARDE-VERTROUWELIJK-c42
                  mr.instemming: "2026-06-23"
                  bhv.telefoon: 012-3456789
                  mr.instemming-versie: VERSIE-INTERN-9c3
                """);
        for (String edition : List.of("openbaar", "intern", "vertrouwelijk")) {
            Cli.Result result = Cli.run("build", "--content", content.toString(), "--out", temp.resolve(edition).toString(),
                    "--edition", edition);
            assertThat(result.exit()).as(result.err()).isZero();
        }
    }

    private static int rank(String edition) {
        return List.of("openbaar", "intern", "vertrouwelijk").indexOf(edition);
    }

    @Test
    void noOutputFileOfAnEditionHoldsAnythingAboveIt() throws Exception {
        for (String edition : List.of("openbaar", "intern", "vertrouwelijk")) {
            List<Path> files;
            try (var walk = Files.walk(temp.resolve(edition))) {
                files = walk.filter(Files::isRegularFile).toList();
            }
            assertThat(files).extracting(f -> f.getFileName().toString()).contains("volledigheid.json", "jaarplanning.ics");
            StringBuilder all = new StringBuilder();
            for (Path file : files) {
                all.append(file.toString().endsWith(".pdf") ? pdfText(file) : new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
            MARKERS.forEach((marker, lowest) -> {
                if (rank(lowest) > rank(edition)) {
                    assertThat(all).as(edition + " must not contain " + marker).doesNotContain(marker);
                } else {
                    assertThat(all).as(edition + " must contain " + marker).contains(marker);
                }
            });
        }
    }

    @Test
    void theAudienceVersionsFollowTheEditionToo() throws Exception {
        // the check above reads the PDFs' text: here it is shown to find what an edition may hold
        assertThat(pdfText(temp.resolve("intern/proef/plan-voor-leerlingen.pdf"))).contains("WAARDE-INTERN-3f9", "BLOK-INTERN-5d0")
                .doesNotContain("WAARDE-VERTROUWELIJK-c42");
        assertThat(pdfText(temp.resolve("vertrouwelijk/proef/plan-voor-leerlingen.pdf"))).contains("WAARDE-VERTROUWELIJK-c42");
        String open = Site.html(temp.resolve("openbaar/proef/plan/voor-leerlingen.html")).select("main").text();
        assertThat(open).contains("WAARDE-OPENBAAR-7a1", "op [intern]", "Dit deel staat in de interne versie van het Plan.")
                .doesNotContain("BLOK-INTERN-5d0");
    }

    private static String coverText(Path pdf) throws java.io.IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setEndPage(1);
            return stripper.getText(document);
        }
    }

    private static String pdfText(Path pdf) throws java.io.IOException {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    @Test
    void hiddenPlacesSayNeutrallyWhereTheyAre() {
        Document open = Site.html(temp.resolve("openbaar/proef/plan/crisis.html"));
        assertThat(open.text()).contains("telefoon [intern]")
                .contains("Dit deel staat in de interne versie van het Plan.")
                .contains("Dit deel staat in de vertrouwelijke versie van het Plan.");
        // The left-out section's place has a neutral heading of its level; its own title is classified too.
        assertThat(open.select("main h2.discrete").eachText()).containsExactly("Niet in deze versie");
        assertThat(open.selectFirst("main h2.discrete").nextElementSibling().text())
                .isEqualTo("Dit deel staat in de vertrouwelijke versie van het Plan.");
        assertThat(open.select(".zijbalk a[href=alarmnummers.html]")).isEmpty();
        assertThat(temp.resolve("openbaar/proef/plan/alarmnummers.html")).doesNotExist();
        assertThat(Site.html(temp.resolve("intern/proef/plan/crisis.html")).select(".paginainhoud a").eachText())
                .containsExactly("Daarna", "Voor leerlingen");
    }

    @Test
    void theMrsConsentIsShownOnlyInTheEditionsThatHaveItsFields() throws Exception {
        // both fields are intern: the public start page and cover say nothing about the consent
        assertThat(Site.html(temp.resolve("openbaar/proef/index.html")).select(".instemming")).isEmpty();
        assertThat(pdfText(temp.resolve("openbaar/proef/plan.pdf"))).doesNotContain("Instemming MR");
        assertThat(Site.html(temp.resolve("intern/proef/index.html")).select(".instemming").text())
                .isEqualTo("Instemming MR: versie VERSIE-INTERN-9c3 op 23 juni 2026");
        assertThat(pdfText(temp.resolve("intern/proef/plan.pdf"))).contains("Instemming MR");
    }

    @Test
    void aLeftOutValueIsAStyledMarkAndThePrintedHandbookExplainsTheMarks() throws Exception {
        Document open = Site.html(temp.resolve("openbaar/proef/plan/crisis.html"));
        var mark = open.selectFirst("main .invul-elders[data-veld=directeur.telefoon]");
        assertThat(mark.ownText()).isEqualTo("[intern]");
        assertThat(mark.attr("tabindex")).as("reachable by keyboard, to read its explanation").isEqualTo("0");
        assertThat(mark.attr("title")).isEqualTo("Dit gegeven staat alleen in de interne versie.");
        assertThat(mark.selectFirst(".invul-hint").text()).contains("alleen in de interne versie");
        assertThat(open.select("main .invul-elders").eachAttr("data-veld")).contains("media.telefoon-thuis");
        assertThat(open.selectFirst(".kop .kop-editie").text()).isEqualTo("Openbare versie");
        assertThat(open.text()).doesNotContain("staat in de interne versie,").doesNotContain("is staat in");

        String cover = coverText(temp.resolve("openbaar/proef/plan.pdf"));
        assertThat(cover).contains("Openbare versie", "[intern]: dit gegeven staat alleen in de interne versie.",
                "[vertrouwelijk]: dit gegeven staat alleen in de vertrouwelijke versie.");
        assertThat(pdfText(temp.resolve("openbaar/proef/plan.pdf")).replace(cover, "")).contains("[intern]").contains("[vertrouwelijk]");
        String internCover = coverText(temp.resolve("intern/proef/plan.pdf"));
        assertThat(internCover).contains("Interne versie", "[vertrouwelijk]: dit gegeven").doesNotContain("[intern]:");
        assertThat(coverText(temp.resolve("vertrouwelijk/proef/plan.pdf"))).contains("Vertrouwelijke versie")
                .doesNotContain("Niet alles staat in deze versie");
    }

    @Test
    void aCrisisCardWhoseContactsAreAllLeftOutIsNotPublished() {
        assertThat(temp.resolve("intern/proef/plan/ontruiming-kaart.html")).exists();
        assertThat(Site.html(temp.resolve("intern/proef/index.html")).select(".snelkoppelingen a.kaart")).hasSize(1);
        assertThat(temp.resolve("openbaar/proef/plan/ontruiming.html")).exists();
        assertThat(temp.resolve("openbaar/proef/plan/ontruiming-kaart.html")).doesNotExist();
        assertThat(Site.html(temp.resolve("openbaar/proef/plan/ontruiming.html")).select(".kaartlink")).isEmpty();
        assertThat(Site.html(temp.resolve("openbaar/proef/index.html")).select(".snelkoppelingen a.kaart")).isEmpty();
        assertThat(Site.html(temp.resolve("openbaar/proef/index.html")).select(".snelkoppelingen a.protocol").eachAttr("href"))
                .as("the protocol itself stays in the quick access").containsExactly("plan/ontruiming.html");
    }

    @Test
    void completenessCountsOnlyTheEditionsFields() {
        assertThat(Site.json(temp.resolve("openbaar/proef/volledigheid.json")).path("velden").size()).isEqualTo(1);
        assertThat(Site.json(temp.resolve("intern/proef/volledigheid.json")).path("velden").size()).isEqualTo(3);
        assertThat(Site.json(temp.resolve("vertrouwelijk/proef/volledigheid.json")).path("velden").size()).isEqualTo(4);
        assertThat(Site.json(temp.resolve("openbaar/proef/volledigheid.json")).path("editie").asText()).isEqualTo("openbaar");
    }
}
