package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Emergencies first: every page of a school starts with "In nood" (112, the BHV coordinator, the
 * director, the evacuation plan) as far as the edition shows it; the start page leads to the
 * evacuation plan and the protocols; the evacuation plan's own PDF text is searchable; a part the
 * school has not supplied says so neutrally, without instructions meant for the school.
 */
class EmergencyFirstTest {

    @TempDir
    static Path temp;

    private static Element block(Path page) {
        Element block = Site.html(page).selectFirst("body > aside.in-nood");
        assertThat(block).as("In nood on " + page).isNotNull();
        return block;
    }

    @Test
    void everyPageOfTheSchoolStartsWithWhomToCallAndTheEvacuationPlan() {
        Path school = ExampleBuild.site().resolve("de-regenboog");
        List<Path> pages = Site.pages(school, 40);
        for (Path page : pages) {
            Element block = block(page);
            assertThat(block.select("a[href=tel:112]")).as(page.toString()).hasSize(1);
            assertThat(block.text()).as(page.toString()).contains("BHV-coördinator T. de Groot-Hazelaar, 012-5550105",
                    "Directeur M. Verhoef-Dijkman, 012-5550101");
            assertThat(block.select("a[href^=tel:]").eachAttr("href")).containsExactly("tel:112", "tel:0125550105", "tel:0125550101");
            Element plan = block.selectFirst("a:contains(Ontruimingsplan)");
            assertThat(plan).as(page.toString()).isNotNull();
            assertThat(page.getParent().resolve(plan.attr("href")).normalize()).as(page.toString())
                    .isEqualTo(school.resolve("veiligheidsplan/bijlagen/ontruimingsplan.pdf")).exists();
            // before the page's own text, after the header
            assertThat(block.previousElementSibling().tagName()).isEqualTo("header");
        }
        assertThat(pages).extracting(p -> school.relativize(p).toString())
                .contains("index.html", "veiligheidsplan/index.html", "veiligheidsplan/coordinatie.html",
                        "veiligheidsplan/pestprotocol-kaart.html", "zoeken.html", "volledigheid.html");
    }

    @Test
    void theStartPageLeadsToTheEvacuationPlanAndTheAcuteProtocols() {
        Document start = Site.html(ExampleBuild.site().resolve("de-regenboog/index.html"));
        List<String> links = start.select(".snelkoppelingen a.protocol").eachText();
        assertThat(links.get(0)).isEqualTo("Ontruimingsplan (PDF)");
        assertThat(links).contains("Agressieprotocol", "Rouwprotocol");
        assertThat(start.selectFirst(".snelkoppelingen a.protocol").attr("href")).isEqualTo("veiligheidsplan/bijlagen/ontruimingsplan.pdf");
        // what acute danger needs stands first, under its own heading: the cards marked [.protocolkaart.acuut]
        Element block = start.selectFirst("main section.snelkoppelingen");
        assertThat(block.select("h3").eachText()).containsExactly("Bij acuut gevaar", "Andere protocollen");
        assertThat(block.select("ul.acuut a.protocol").eachText()).containsExactly("Ontruimingsplan (PDF)",
                "Noodplan en crisisteam", "Brand en ontruiming", "Ernstig ongeval van een leerling", "Vermissing en ophalen van een leerling",
                "Dreiging, bommelding en lockdown");
        assertThat(block.select("ul:not(.acuut) a.protocol").eachText()).startsWith("Pestprotocol", "Agressieprotocol")
                .doesNotContain("Brand en ontruiming");
        assertThat(block.select("ul.acuut a.kaart").eachAttr("href")).contains("veiligheidsplan/brand-ontruiming-kaart.html");
    }

    @Test
    void theAttachedPdfsTextIsInTheSearchIndex() throws IOException {
        String script = Files.readString(ExampleBuild.site().resolve("de-regenboog/zoekindex.js"));
        JsonNode index = Site.jsonOf(script.substring(script.indexOf('=') + 1, script.lastIndexOf(';')));
        JsonNode plan = null;
        for (JsonNode entry : index.path("secties")) {
            if (entry.path("href").asText().equals("veiligheidsplan/ontruimingsplan.html")) {
                plan = entry;
            } else {
                assertThat(entry.path("text").asText()).as("a word only the school's PDF has").doesNotContainIgnoringCase("ontruimingsmap");
            }
        }
        assertThat(plan).isNotNull();
        assertThat(plan.path("text").asText()).contains("ontruimingsmap", "brand");
    }

    @Test
    void aPartTheSchoolHasNotSuppliedSaysSoNeutrally() {
        Path kompas = ExampleBuild.site().resolve("het-kompas");
        Document open = Site.html(kompas.resolve("veiligheidsplan/ontruimingsplan.html"));
        assertThat(open.select("main").text()).contains("nog niet aangeleverd door de school")
                .doesNotContain("aanvullingen", "school.yml");
        assertThat(block(kompas.resolve("index.html")).text()).contains("Ontruimingsplan: nog niet aangeleverd door de school");
        assertThat(Site.html(kompas.resolve("index.html")).select(".snelkoppelingen a.protocol").eachText())
                .doesNotContain("Ontruimingsplan", "Ontruimingsplan (PDF)");
        // the instruction is for the school, on its completeness page
        assertThat(Site.html(kompas.resolve("volledigheid.html")).select("main").text()).contains("aanvullingen/");
    }

    @Test
    void aFieldAboveTheEditionIsNotInTheBlock() {
        Path out = temp.resolve("openbaar");
        Cli.Result result = Cli.run("build", "--content", Cli.EXAMPLE.toString(), "--out", out.toString(), "--school", "de-regenboog",
                "--edition", "openbaar", "--no-pdf");
        assertThat(result.exit()).as(result.err()).isZero();
        for (Path page : List.of(out.resolve("de-regenboog/index.html"), out.resolve("de-regenboog/veiligheidsplan/coordinatie.html"))) {
            Element block = block(page);
            // the BHV fields, the director's number and the evacuation plan are intern
            assertThat(block.text()).contains("112", "Directeur M. Verhoef-Dijkman")
                    .doesNotContain("BHV", "012-", "Ontruimingsplan", "staat in");
            assertThat(block.select("a[href^=tel:]").eachAttr("href")).containsExactly("tel:112");
        }
    }
}
