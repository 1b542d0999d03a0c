package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The example content is where boards start their own plan, so outdated legal terms in it end up in
 * many schools' plans. Checks the built example (every page of every school) for terms the law no
 * longer uses, and that a secondary school (sector vo) reads the WVO 2020 where a primary school
 * reads the WPO.
 */
class LegalWordingTest {

    /** Outdated terms, each with what replaced it (the message when one is found). */
    private static final Map<Pattern, String> OUTDATED = new LinkedHashMap<>();

    static {
        OUTDATED.put(Pattern.compile("\\bWbp\\b"), "Wbp: sinds 25 mei 2018 de AVG");
        OUTDATED.put(Pattern.compile("\\bCBP\\b"), "CBP: sinds 2016 de Autoriteit Persoonsgegevens");
        OUTDATED.put(Pattern.compile("zedenmisdr", Pattern.CASE_INSENSITIVE),
                "zedenmisdrijf: sinds 1 juli 2024 'seksueel misdrijf' (Titel XIV Sr, Seksuele misdrijven)");
        OUTDATED.put(Pattern.compile("(?<!Nederlandse )Arbeidsinspectie"), "Arbeidsinspectie: de Nederlandse Arbeidsinspectie");
        OUTDATED.put(Pattern.compile("Inspectie SZW"), "Inspectie SZW: sinds 2022 de Nederlandse Arbeidsinspectie");
        OUTDATED.put(Pattern.compile("gebruiksvergunning", Pattern.CASE_INSENSITIVE),
                "gebruiksvergunning: sinds de Omgevingswet een gebruiksmelding brandveilig gebruik");
        OUTDATED.put(Pattern.compile("Bouwbesluit 2012"), "Bouwbesluit 2012: sinds 2024 het Besluit bouwwerken leefomgeving");
    }

    /** Every outdated term in a text, as "what was found (what replaced it)". */
    static List<String> outdatedTerms(String text) {
        List<String> found = new ArrayList<>();
        OUTDATED.forEach((pattern, replacement) -> {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                found.add("'" + m.group() + "' (" + replacement + ")");
            }
        });
        return found;
    }

    @Test
    void theMatcherFindsTheOutdatedTermsAndLeavesTheCurrentOnes() {
        assertThat(outdatedTerms("meld het bij de Arbeidsinspectie en de Inspectie SZW")).hasSize(2);
        assertThat(outdatedTerms("een vermoeden van een Zedenmisdrijf volgens de Wbp en het Bouwbesluit 2012")).hasSize(3);
        assertThat(outdatedTerms("de vroegere gebruiksvergunning, toezicht door het CBP")).hasSize(2);
        assertThat(outdatedTerms("meld het bij de Nederlandse Arbeidsinspectie; een seksueel misdrijf; de AVG; "
                + "een gebruiksmelding volgens het Besluit bouwwerken leefomgeving; CBPX")).isEmpty();
    }

    @Test
    void noBuiltPageOfAnySchoolUsesAnOutdatedLegalTerm() {
        Path site = ExampleBuild.site();
        List<String> schools = ExampleBuild.schools();
        assertThat(schools).contains("het-baken");
        List<String> problems = new ArrayList<>();
        for (String school : schools) {
            for (Path page : Site.pages(site.resolve(school), 40)) {
                Document doc = Site.html(page);
                for (String term : outdatedTerms(doc.text() + " " + doc.title())) {
                    problems.add(site.relativize(page) + ": " + term);
                }
            }
        }
        assertThat(problems).as("outdated legal terms in the built example").isEmpty();
    }

    @Test
    void theSecondarySchoolReadsTheWvoWhereThePrimarySchoolReadsTheWpo() {
        assertThat(sector("het-baken")).isEqualTo("vo");
        assertThat(sector("de-regenboog")).isEqualTo("po");
        Path site = ExampleBuild.site();
        for (String part : List.of("klachten", "klachtenregeling", "regels", "sancties")) {
            String po = Site.html(site.resolve("de-regenboog/veiligheidsplan/" + part + ".html")).select("main").text();
            String vo = Site.html(site.resolve("het-baken/veiligheidsplan/" + part + ".html")).select("main").text();
            assertThat(po).as(part + " for a primary school").contains("WPO").doesNotContain("WVO", "voortgezet onderwijs 2020");
            assertThat(vo).as(part + " for a secondary school").contains("Wet voortgezet onderwijs 2020")
                    .doesNotContain("WPO", "Wet op het primair onderwijs");
        }
        Document complaints = Site.html(site.resolve("het-baken/veiligheidsplan/klachten.html"));
        assertThat(complaints.select("main p").eachText()).anySatisfy(p -> assertThat(p)
                .contains("klachtenregeling", "voor het voortgezet onderwijs staat dat in de Wet voortgezet onderwijs 2020 (WVO 2020)"));
    }

    @Test
    void theSecondarySchoolsPlanChaptersNameNoPrimarySchoolRules() {
        Path plan = ExampleBuild.site().resolve("het-baken/veiligheidsplan");
        for (String part : List.of("coordinatie", "gebouw", "kwaliteit", "regels", "klachten", "sancties", "klachtenregeling", "meldcode")) {
            String text = Site.html(plan.resolve(part + ".html")).select("main").text();
            assertThat(text).as(part).doesNotContain("WPO", "primair onderwijs", "Arbocatalogus PO", "groepen 6 tot en met 8");
        }
        String quality = Site.html(plan.resolve("kwaliteit.html")).select("main").text();
        assertThat(quality).contains("branche-instrument voor het voortgezet onderwijs");
    }

    private static String sector(String school) {
        JsonNode yml = Site.yaml(Cli.EXAMPLE.resolve("scholen").resolve(school).resolve("school.yml"));
        return yml.path("keuzes").path("sector").asText();
    }
}
