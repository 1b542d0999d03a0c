package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The board's rules' warnings about a school (a required role left open, the MR's consent, an overdue
 * date) reach its completeness page and the board's list of schools, as {@code check} reports them,
 * escaped, only in an edition that shows the fields they name, and anew when only the date moved on.
 */
class BoardWarningsTest {

    @TempDir
    Path temp;

    /** The warnings {@code check} reports in the school's own school.yml. */
    private static List<String> checkWarnings(Path content, String school) {
        Cli.Result check = Cli.run("check", "--content", content.toString(), "--school", school, "--formaat", "json");
        List<String> messages = new ArrayList<>();
        for (JsonNode problem : Site.jsonOf(check.out()).path("problemen")) {
            if (problem.path("bestand").asText().endsWith("scholen/" + school + "/school.yml")) {
                assertThat(problem.path("ernst").asText()).isEqualTo("waarschuwing");
                messages.add(problem.path("bericht").asText());
            }
        }
        return messages;
    }

    private static List<String> pageWarnings(Path site, String school) {
        return Site.html(site.resolve(school).resolve("volledigheid.html")).select("ul.waarschuwingen li").eachText();
    }

    private static Element indexRow(Path site, String school) {
        return Site.html(site.resolve("index.html")).selectFirst("a[href=" + school + "/index.html]").closest("tr");
    }

    @Test
    void theCompletenessPageAndTheIndexShowWhatCheckWarnsAbout() {
        Path site = ExampleBuild.site();
        int warned = 0;
        for (String school : ExampleBuild.schools()) {
            List<String> expected = checkWarnings(Cli.EXAMPLE, school);
            assertThat(pageWarnings(site, school)).as(school).containsExactlyInAnyOrderElementsOf(expected);
            JsonNode json = Site.json(site.resolve(school).resolve("volledigheid.json")).path("waarschuwingen");
            assertThat(json.findValuesAsText("bericht")).as(school).containsExactlyInAnyOrderElementsOf(expected);
            Element row = indexRow(site, school);
            if (expected.isEmpty()) {
                assertThat(row.select("details.waarschuwingen")).as(school).isEmpty();
                assertThat(Site.html(site.resolve(school).resolve("volledigheid.html")).getElementById("waarschuwingen")).isNull();
            } else {
                warned++;
                assertThat(row.selectFirst("details.waarschuwingen summary").text())
                        .isEqualTo(expected.size() + (expected.size() == 1 ? " waarschuwing" : " waarschuwingen") + " van het bestuur");
                assertThat(row.select("details.waarschuwingen li").eachText()).containsExactlyInAnyOrderElementsOf(expected);
            }
        }
        assertThat(warned).as("example schools with warnings").isGreaterThanOrEqualTo(2);
    }

    @Test
    void aWarningIsEscapedAndShownOnlyInAnEditionWithItsFields() {
        Path content = Cli.copyOfExample(temp);
        Site.replace(content.resolve("scholen/het-kompas/school.yml"), "naam: Basisschool Het Kompas",
                "naam: \"Basisschool <b>Het</b> Kompas & Co\"");
        Site.replace(content.resolve("scholen/het-kompas/school.yml"), "  pesten.naam: R. Lindeboom-Evers\n", "");
        for (String edition : List.of("openbaar", "intern")) {
            Path site = temp.resolve("site-" + edition);
            Cli.Result build = Cli.run("build", "--content", content.toString(), "--out", site.toString(), "--school", "het-kompas",
                    "--edition", edition, "--no-pdf");
            assertThat(build.exit()).as(build.err()).isZero();
            List<String> shown = pageWarnings(site, "het-kompas");
            // pesten.naam is openbaar: every edition; the MR's consent (mr.instemming, intern) not in the public one
            assertThat(shown).as(edition).anyMatch(w -> w.equals("Basisschool <b>Het</b> Kompas & Co: verplichte rol"
                    + " 'Naam anti-pestcoördinator (aanspreekpunt pesten)' (pesten.naam) is niet ingevuld"));
            assertThat(shown.stream().anyMatch(w -> w.contains("MR"))).as(edition).isEqualTo(edition.equals("intern"));
            Document page = Site.html(site.resolve("het-kompas/volledigheid.html"));
            assertThat(page.select("ul.waarschuwingen b")).as("a value is text, never markup").isEmpty();
            assertThat(indexRow(site, "het-kompas").select("details.waarschuwingen li").eachText()).isEqualTo(shown);
            assertThat(indexRow(site, "het-kompas").select("details.waarschuwingen b")).isEmpty();
        }
    }

    @Test
    void aSchoolIsBuiltAgainWhenOnlyTheDateMadeAWarning() {
        Path content = Cli.copyOfExample(temp);
        Path site = temp.resolve("site");
        String[] build = {"build", "--content", content.toString(), "--out", site.toString(), "--school", "het-kompas", "--no-pdf"};
        assertThat(Cli.run(build).exit()).isZero();
        assertThat(pageWarnings(site, "het-kompas")).noneMatch(w -> w.contains("rie.datum"));
        assertThat(Cli.run(build).out()).as("nothing changed").contains("ongewijzigd");
        String today = System.getProperty("vplan.vandaag");
        try {
            System.setProperty("vplan.vandaag", "2027-11-01"); // the RI&E of 2023-10-05 is now more than 48 months old
            Cli.Result later = Cli.run(build);
            assertThat(later.exit()).as(later.err()).isZero();
            assertThat(later.out()).doesNotContain("ongewijzigd");
        } finally {
            if (today == null) {
                System.clearProperty("vplan.vandaag");
            } else {
                System.setProperty("vplan.vandaag", today);
            }
        }
        assertThat(pageWarnings(site, "het-kompas")).anyMatch(w -> w.contains("(rie.datum) is 2023-10-05, langer dan 48 maanden geleden"));
        assertThat(indexRow(site, "het-kompas").select("details.waarschuwingen li").eachText())
                .anyMatch(w -> w.contains("rie.datum"));
    }

    @Test
    void anUnchangedSchoolKeepsItsFiguresAndWarningsOnTheIndex() {
        Path content = Cli.copyOfExample(temp);
        Path site = temp.resolve("site");
        String[] build = {"build", "--content", content.toString(), "--out", site.toString(), "--no-pdf"};
        assertThat(Cli.run(build).exit()).isZero();
        Document built = Site.html(site.resolve("index.html"));
        Cli.Result again = Cli.run(build);
        assertThat(again.out()).as("nothing changed").contains("0 scholen gebouwd");
        // every row now comes from the school's earlier volledigheid.json: percentage, open count, warnings
        Document unchanged = Site.html(site.resolve("index.html"));
        List<String> rows = built.select("tbody tr").eachText();
        assertThat(rows).hasSize(ExampleBuild.schools().size()).anyMatch(row -> row.contains("waarschuwing"));
        assertThat(unchanged.select("tbody tr").eachText()).isEqualTo(rows);
        assertThat(unchanged.select("tbody tr details.waarschuwingen li").eachText())
                .isEqualTo(built.select("tbody tr details.waarschuwingen li").eachText()).isNotEmpty();
    }
}
