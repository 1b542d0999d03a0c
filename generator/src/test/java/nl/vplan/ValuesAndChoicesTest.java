package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** School values are text, never markup; conditional text follows each school's choices. */
class ValuesAndChoicesTest {

    private static final List<String> HOSTILE = List.of(
            "<script>alert(1)</script>",
            "include::/etc/passwd[]",
            "{bestuur} pass:[<b>vet</b>] *sterk*",
            "\"><img src=x onerror=alert(2)>",
            "Tom & Jerry's <i>school</i>");

    @TempDir
    Path temp;

    @Test
    void valuesShowLiterallyAndAreNeverInterpreted() throws Exception {
        Path content = Cli.copyOfExample(temp);
        JsonNode fields = Site.yaml(content.resolve("velden.yml"));
        Map<String, String> values = new LinkedHashMap<>();
        values.put("school.naam", "Kindcentrum <De Wilgen>"); // the built-in field, from naam
        StringBuilder yaml = new StringBuilder("naam: \"Kindcentrum <De Wilgen>\"\nvelden:\n");
        int i = 0;
        for (var it = fields.fieldNames(); it.hasNext(); i++) {
            String field = it.next();
            if (fields.path(field).has("waarde")) {
                continue; // set by the board for every school (BoardValuesTest); a school.yml may not
            }
            // typed fields (telefoon, datum, …) refuse such values in check; free text takes anything
            String type = fields.path(field).path("type").asText("tekst");
            String value = switch (type) {
                case "tekst", "adres" -> HOSTILE.get(i % HOSTILE.size());
                case "getal" -> "12";
                case "datum" -> "2026-10-01";
                case "telefoon" -> "012-3456789";
                case "email" -> "a&b@school.example";
                default -> "https://school.example/?a=1&b=2";
            };
            values.put(field, type.equals("datum") ? "1 oktober 2026" : value); // dates are shown written out
            yaml.append("  ").append(field).append(": '").append(value.replace("'", "''")).append("'\n");
        }
        Files.writeString(content.resolve("scholen/de-wilgen/school.yml"), yaml.toString());
        Path out = temp.resolve("site");

        Cli.Result result = Cli.run("build", "--content", content.toString(), "--out", out.toString(), "--school", "de-wilgen");

        assertThat(result.exit()).as(result.err()).isZero();
        int seen = 0;
        for (Path page : Site.pages(out.resolve("de-wilgen"), 25)) {
            Document html = Site.html(page);
            assertThat(html.select("script:not([src$=_vplan/vplan.js]):not([src$=_vplan/lunr.js]):not([src$=_vplan/zoeken.js])"
                    + ":not([src=zoekindex.js]):not([src$=_vplan/jszip.js]):not([src$=_vplan/invullen.js])"
                    + ":not([type=application/json]), img")).as(page.toString()).isEmpty();
            // the fill-in page's data blocks hold the values as JSON that no value can end
            html.select("script[type=application/json]").forEach(data -> assertThat(data.data()).doesNotContain("<"));
            for (Element span : html.select(".invul-ingevuld")) {
                if (fields.path(span.attr("data-veld")).has("waarde")) {
                    continue;
                }
                assertThat(span.text()).isEqualTo(values.get(span.attr("data-veld")));
                // the one element a value may have is the link its type gives (call, mail, open), with the value as its text
                for (Element child : span.children()) {
                    assertThat(child.tagName()).as("markup inside a value").isEqualTo("a");
                    assertThat(child.children()).isEmpty();
                    assertThat(child.attr("href")).isIn("tel:0123456789", "mailto:a&b@school.example", "https://school.example/?a=1&b=2");
                }
                seen++;
            }
            assertThat(html.text()).doesNotContain("root:x:0");
        }
        assertThat(seen).isGreaterThanOrEqualTo(30);
        // The search index holds the values as JSON strings: text for the search page, never markup.
        String index = Files.readString(out.resolve("de-wilgen/zoekindex.js"));
        JsonNode sections = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(index.substring(index.indexOf('=') + 1, index.lastIndexOf(';'))).path("secties");
        List<String> texts = new ArrayList<>();
        sections.forEach(section -> texts.add(section.path("text").asText()));
        assertThat(texts).anyMatch(text -> text.contains(HOSTILE.get(0)) && text.contains(HOSTILE.get(3)));
        String raw = Files.readString(out.resolve("de-wilgen/veiligheidsplan/coordinatie.html"));
        assertThat(raw).doesNotContain("<script>alert(1)</script>").doesNotContain("<img src=x");
        assertThat(Site.html(out.resolve("index.html")).select("a[href=de-wilgen/index.html]").text())
                .isEqualTo("Kindcentrum <De Wilgen>");

        // the other outputs: completeness JSON, the calendar, the printed handbook
        assertThat(Site.json(out.resolve("de-wilgen/volledigheid.json")).path("naam").asText()).isEqualTo("Kindcentrum <De Wilgen>");
        var calendar = new net.fortuna.ical4j.data.CalendarBuilder().build(Files.newInputStream(out.resolve("de-wilgen/jaarplanning.ics")));
        String descriptions = calendar.getComponents().stream()
                .map(c -> c.getProperty("DESCRIPTION").map(p -> p.getValue()).orElse("")).reduce("", String::concat);
        String handbook;
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(out.resolve("de-wilgen/veiligheidsplan.pdf").toFile())) {
            handbook = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        for (String hostile : HOSTILE) {
            assertThat(handbook).as("PDF shows the value literally").contains(hostile.replaceAll("\\s+", " "));
        }
        assertThat(descriptions).as("calendar shows a value literally").containsAnyOf(HOSTILE.toArray(String[]::new));
        assertThat(handbook + descriptions).doesNotContain("root:x:0").doesNotContain("Stichting Voorbeeld Onderwijs pass");
    }

    @Test
    void choiceTextFollowsEachSchoolsAnswer() throws Exception {
        Path content = Cli.copyOfExample(temp);
        JsonNode choices = Site.yaml(content.resolve("kader.yml")).path("keuzes");
        StringBuilder probe = new StringBuilder("\n");
        List<String> ids = new ArrayList<>();
        choices.fieldNames().forEachRemaining(ids::add);
        assertThat(ids).hasSizeGreaterThanOrEqualTo(2);
        for (String choice : ids) {
            choices.path(choice).path("opties").fieldNames().forEachRemaining(option -> probe
                    .append("ifdef::keuze-").append(choice).append('-').append(option).append("[]\n")
                    .append("PROBE-").append(choice).append('-').append(option).append("\n")
                    .append("endif::[]\n\n"));
        }
        Site.append(content.resolve("hoofdstukken/toezicht.adoc"), probe.toString());
        Path out = temp.resolve("site");

        Cli.Result result = Cli.run("build", "--content", content.toString(), "--out", out.toString());

        assertThat(result.exit()).as(result.err()).isZero();
        for (String school : List.of("de-regenboog", "het-kompas", "de-wilgen")) {
            JsonNode answers = Site.yaml(content.resolve("scholen").resolve(school).resolve("school.yml")).path("keuzes");
            String text = Site.html(out.resolve(school).resolve("veiligheidsplan/toezicht.html")).text();
            for (String choice : ids) {
                String chosen = answers.path(choice).asText(choices.path(choice).path("standaard").asText());
                choices.path(choice).path("opties").fieldNames().forEachRemaining(option -> {
                    String marker = "PROBE-" + choice + "-" + option;
                    if (option.equals(chosen)) {
                        assertThat(text).as(school).contains(marker);
                    } else {
                        assertThat(text).as(school).doesNotContain(marker);
                    }
                });
            }
        }
    }

    @Test
    void theExampleSchoolsReadTheTextOfTheirOwnChoice() throws Exception {
        Path out = temp.resolve("site");
        Cli.Result result = Cli.run("build", "--content", Cli.EXAMPLE.toString(), "--out", out.toString(),
                "--school", "de-regenboog", "--school", "het-kompas");
        assertThat(result.exit()).as(result.err()).isZero();
        String overblijf = "getrainde overblijfkrachten";
        String continurooster = "Onze school werkt met een continurooster";
        String regenboog = Site.html(out.resolve("de-regenboog/veiligheidsplan/toezicht.html")).text();
        String kompas = Site.html(out.resolve("het-kompas/veiligheidsplan/toezicht.html")).text();
        assertThat(regenboog).contains(overblijf).doesNotContain(continurooster);
        assertThat(kompas).contains(continurooster).doesNotContain(overblijf);
    }
}
