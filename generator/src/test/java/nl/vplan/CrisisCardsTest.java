package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example's noodplan and its crisis cards as a school reads them: every card is offered under
 * "Direct naar een protocol" on every school's start page, fits the one-page card layout, refers to
 * the crisis team of the noodplan, and its fields reach the completeness report.
 */
class CrisisCardsTest {

    /** The parts of the veiligheidsplan with a crisis card, besides the older protocols. */
    private static final List<String> CARDS = List.of("noodplan", "brand-ontruiming", "ongeval", "vermissing",
            "dreiging-lockdown", "datalek", "meld-aangifteplicht");

    private final Path site = ExampleBuild.site();

    @Test
    void everyNewCardIsOfferedOnEverySchoolsStartPage() {
        for (String school : ExampleBuild.schools()) {
            Document start = Site.html(site.resolve(school).resolve("index.html"));
            Element block = start.selectFirst("main section.snelkoppelingen");
            assertThat(block).as(school).isNotNull();
            for (String card : CARDS) {
                Element protocol = block.selectFirst("a.protocol[href=veiligheidsplan/" + card + ".html]");
                assertThat(protocol).as(school + ": " + card).isNotNull();
                Element kaart = protocol.parent().selectFirst("a.kaart");
                assertThat(kaart).as(school + ": " + card).isNotNull();
                assertThat(kaart.attr("href")).isEqualTo("veiligheidsplan/" + card + "-kaart.html");
                assertThat(site.resolve(school).resolve(kaart.attr("href"))).as(school + ": " + card).isRegularFile();
            }
        }
    }

    @Test
    void everyNewCardFitsTheCardLayoutWithTheSchoolsValues() {
        for (String school : ExampleBuild.schools()) {
            for (String card : CARDS) {
                Document page = Site.html(site.resolve(school).resolve("veiligheidsplan/" + card + "-kaart.html"));
                assertThat(page.selectFirst("body").hasClass("kaartpagina")).as(card).isTrue();
                assertThat(page.select("main.kaart h1")).as(card).hasSize(1);
                assertThat(page.selectFirst("main.kaart h1").text()).as(card).startsWith("Kaart voor het crisisteam");
                // ordered steps that fit one page, and a table of contacts
                assertThat(page.select("main.kaart input[type=checkbox]")).as(school + ": " + card).hasSizeBetween(3, 10);
                Element contacts = page.selectFirst("main.kaart table");
                assertThat(contacts).as(school + ": " + card).isNotNull();
                assertThat(contacts.select("tbody tr")).as(card).hasSizeGreaterThanOrEqualTo(3);
                assertThat(page.select("main.kaart a[href=" + card + ".html]")).as(card + ": back to the protocol").hasSize(1);
                if (school.equals("de-regenboog")) {
                    assertThat(page.select(".invul-ingevuld")).as(card + " contacts filled in").isNotEmpty();
                    assertThat(page.select(".invul-open")).as(card).isEmpty();
                }
                if (school.equals("de-wilgen")) {
                    // a school that filled in nothing sees blanks with the field's label, not empty cells
                    assertThat(page.select(".invul-open")).as(card).isNotEmpty();
                }
            }
        }
    }

    @Test
    void theCardsProtocolsReferToTheCrisisTeamOfTheNoodplan() {
        Path plan = site.resolve("de-regenboog/veiligheidsplan");
        Document noodplan = Site.html(plan.resolve("noodplan.html"));
        assertThat(noodplan.getElementById("crisisteam")).isNotNull();
        assertThat(noodplan.getElementById("belboom")).isNotNull();
        assertThat(noodplan.selectFirst("#crisisteam").parent().text()).contains("M. Verhoef-Dijkman", "H. Zandbergen-Post");
        for (String card : CARDS.subList(1, CARDS.size())) {
            Document page = Site.html(plan.resolve(card + ".html"));
            assertThat(page.select("main a[href=noodplan.html#crisisteam]")).as(card).isNotEmpty();
            Document kaart = Site.html(plan.resolve(card + "-kaart.html"));
            assertThat(kaart.select("main.kaart a[href=noodplan.html#crisisteam]")).as(card + "-kaart").hasSize(1);
        }
    }

    @Test
    void privateNumbersAndKeyHoldersStayInTheConfidentialEdition() throws Exception {
        // the example is built in the intern edition: the section is replaced by a neutral note
        String noodplan = Files.readString(site.resolve("de-regenboog/veiligheidsplan/noodplan.html"));
        // (key holders, the leader's private number, the alarm company's control room)
        assertThat(noodplan).doesNotContain("012-5550116").doesNotContain("012-5871234").doesNotContain("012-5559600")
                .doesNotContain("Roelofs-Kamp").contains("Dit deel staat in de vertrouwelijke versie");
        // intern values are in it: the alarm company and the fallback location
        assertThat(noodplan).contains("Waakzaam").contains("Wijkcentrum De Boog");
    }

    @Test
    void theNewFieldsAreInTheCompletenessReport() {
        JsonNode regenboog = Site.json(site.resolve("de-regenboog/volledigheid.json")).path("velden");
        for (String field : List.of("crisisteam.leider", "crisisteam.opvang-telefoon", "uitwijk.locatie", "aed.locatie",
                "huisartsenpost.telefoon", "ziekenhuis.naam", "ggd.infectieziekten-telefoon", "verzekering.verzekeraar",
                "verzekering.polisnummer", "alarm.opvolging", "medicijnen.bewaarplaats")) {
            assertThat(regenboog.path(field).path("status").asText()).as(field).isEqualTo("ingevuld");
            assertThat(regenboog.path(field).path("plaatsen")).as(field).isNotEmpty();
        }
        JsonNode kompas = Site.json(site.resolve("het-kompas/volledigheid.json")).path("velden");
        assertThat(kompas.path("crisisteam.leider").path("status").asText()).isEqualTo("ingevuld");
        assertThat(kompas.path("crisisteam.opvang").path("status").asText()).isEqualTo("open");
        assertThat(kompas.path("verzekering.verzekeraar").path("status").asText()).isEqualTo("open");
    }

    @Test
    void cameratoezichtIsAnOptionalPart() {
        assertThat(site.resolve("de-regenboog/veiligheidsplan/cameratoezicht.html")).isRegularFile();
        // de-wilgen has no cameras and switched the part off
        assertThat(site.resolve("de-wilgen/veiligheidsplan/cameratoezicht.html")).doesNotExist();
        Document wilgen = Site.html(site.resolve("de-wilgen/veiligheidsplan/index.html"));
        assertThat(wilgen.select("a[href$=cameratoezicht.html]")).isEmpty();
        assertThat(wilgen.select("a[href$=klokkenluidersregeling.html]")).isNotEmpty();
    }

    @Test
    void aSecondarySchoolReadsTheWvoWhereTheLawsDiffer(@TempDir Path temp) {
        Path content = Cli.copyOfExample(temp);
        Path kompas = content.resolve("scholen/het-kompas/school.yml");
        try {
            String yml = Files.readString(kompas);
            Files.writeString(kompas, yml.contains("  sector: po\n") ? yml.replace("  sector: po\n", "  sector: vo\n")
                    : yml.replace("keuzes:\n", "keuzes:\n  sector: vo\n"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Path out = temp.resolve("site");
        Cli.Result result = Cli.run("build", "--content", content.toString(), "--out", out.toString(),
                "--school", "het-kompas", "--school", "de-regenboog", "--no-pdf");
        assertThat(result.exit()).as(result.err()).isZero();
        String[] parts = {"schorsing-verwijdering", "gezondheid", "meld-aangifteplicht"};
        String po = "";
        String vo = "";
        for (String part : parts) {
            po += Site.html(out.resolve("de-regenboog/veiligheidsplan/" + part + ".html")).selectFirst("main").text() + "\n";
            vo += Site.html(out.resolve("het-kompas/veiligheidsplan/" + part + ".html")).selectFirst("main").text() + "\n";
        }
        assertThat(po).contains("artikel 40c van de Wet op het primair onderwijs", "artikel 4a van de Wet op het primair onderwijs",
                "Het hoofd van een school voor basisonderwijs is volgens artikel 26 van de Wet publieke gezondheid verplicht")
                .doesNotContain("Wet voortgezet onderwijs 2020").doesNotContain("acht weken zonder succes");
        assertThat(vo).contains("Volgens de Wet voortgezet onderwijs 2020 kan het College van Bestuur", "acht weken zonder succes",
                "geldt voor scholen voor basisonderwijs, niet voor het voortgezet onderwijs")
                .doesNotContain("40c").doesNotContain("artikel 4a").doesNotContain("WPO");
    }
}
