package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The board's values ({@code waarde} in velden.yml, the national numbers): every school's pages show the
 * same value, as a filled value with its {@code tel:} link, and no school is asked to fill them in.
 */
class BoardValuesTest {

    private static final Map<String, String> NATIONAL = Map.of(
            "veiligthuis.telefoon", "0800-2000",
            "vertrouwensinspecteur.telefoon", "0900-111 3 111",
            "arbeidsinspectie.telefoon", "0800-5151",
            "politie.telefoon", "0900-8844");

    /** The board's values as velden.yml sets them, by field id. */
    private static Map<String, String> boardValues() {
        Map<String, String> values = new LinkedHashMap<>();
        Site.yaml(Cli.EXAMPLE.resolve("velden.yml")).fields().forEachRemaining(e -> {
            if (e.getValue().has("waarde")) {
                values.put(e.getKey(), e.getValue().path("waarde").asText());
            }
        });
        return values;
    }

    @Test
    void theNationalNumbersAreSetByTheBoard() {
        assertThat(boardValues()).containsAllEntriesOf(NATIONAL);
    }

    @Test
    void everySchoolShowsTheBoardsValueWhereverTheTextUsesIt() {
        Path site = ExampleBuild.site();
        for (String school : ExampleBuild.schools()) {
            Map<String, Integer> seen = new LinkedHashMap<>();
            for (Path page : Site.pages(site.resolve(school), 20)) {
                Document doc = Site.html(page);
                NATIONAL.forEach((field, value) -> {
                    for (Element span : doc.select("span.invul[data-veld=" + field + "]")) {
                        assertThat(span.hasClass("invul-ingevuld")).as(school + " " + page + " " + field).isTrue();
                        assertThat(span.text()).as(school + " " + page + " " + field).isEqualTo(value);
                        Element link = span.selectFirst("a[href]");
                        assertThat(link).as(school + " " + page + " " + field + " is a link to call").isNotNull();
                        assertThat(link.attr("href")).isEqualTo("tel:" + value.replaceAll("[^0-9]", ""));
                        seen.merge(field, 1, Integer::sum);
                    }
                });
            }
            assertThat(seen.keySet()).as(school + ": pages showing each national number").containsExactlyInAnyOrderElementsOf(NATIONAL.keySet());
        }
    }

    @Test
    void noSchoolIsAskedToFillInABoardValue() {
        Path site = ExampleBuild.site();
        for (String school : ExampleBuild.schools()) {
            JsonNode velden = Site.json(site.resolve(school).resolve("volledigheid.json")).path("velden");
            assertThat(velden.size()).as(school + ": fields in volledigheid.json").isGreaterThan(20);
            Document fillIn = Site.html(site.resolve(school).resolve("invullen.html"));
            assertThat(fillIn.select("[data-veld]").size()).as(school + ": inputs on the fill-in page").isGreaterThan(20);
            for (String field : boardValues().keySet()) {
                assertThat(velden.has(field)).as(school + ": " + field + " in volledigheid.json").isFalse();
                assertThat(fillIn.select("[data-veld=" + field + "]"))
                        .as(school + ": " + field + " on the fill-in page").isEmpty();
            }
        }
    }
}
