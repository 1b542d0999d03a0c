package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The flags CI needs on {@code vplan check}: {@code --strict}, {@code --edition} and {@code --formaat json}. */
class CheckFlagsTest {

    @TempDir
    Path temp;

    private static final String CONTENT = Cli.EXAMPLE.toString();

    private static JsonNode json(Cli.Result result) throws Exception {
        return new ObjectMapper().readTree(result.out());
    }

    private static JsonNode school(JsonNode json, String id) {
        for (JsonNode school : json.path("scholen")) {
            if (school.path("school").asText().equals(id)) {
                return school;
            }
        }
        throw new AssertionError("geen school " + id + " in " + json);
    }

    @Test
    void strictFailsOnOpenFillInsAndWarningsAndSaysWhy() {
        Cli.Result plain = Cli.run("check", "--content", CONTENT, "--school", "de-wilgen");
        assertThat(plain.exit()).as(plain.err()).isZero();

        Cli.Result strict = Cli.run("check", "--content", CONTENT, "--school", "de-wilgen", "--strict");
        assertThat(strict.exit()).isEqualTo(1);
        assertThat(strict.err()).contains("fout (--strict): Kindcentrum De Wilgen heeft nog")
                .contains("open invullingen")
                .contains("fout (--strict): waarschuwingen tellen als fouten");
        assertThat(strict.out()).contains("Niet geslaagd met --strict").doesNotContain("Geen fouten gevonden");
    }

    @Test
    void strictPassesForACompleteSchool() {
        Cli.Result strict = Cli.run("check", "--content", CONTENT, "--school", "de-regenboog", "--strict");
        assertThat(strict.exit()).as(strict.err()).isZero();
        assertThat(strict.out()).contains("100% ingevuld").contains("Geen fouten gevonden.");
        assertThat(strict.err()).doesNotContain("--strict");
    }

    @Test
    void theEditionDecidesWhichFieldsAreCounted() throws Exception {
        JsonNode intern = json(Cli.run("check", "--content", CONTENT, "--school", "de-wilgen", "--formaat", "json"));
        JsonNode openbaar = json(Cli.run("check", "--content", CONTENT, "--school", "de-wilgen", "--formaat", "json",
                "--edition", "openbaar"));
        JsonNode vertrouwelijk = json(Cli.run("check", "--content", CONTENT, "--school", "de-wilgen", "--formaat", "json",
                "--edition", "vertrouwelijk"));
        int internOpen = school(intern, "de-wilgen").path("open").asInt();
        int openbaarOpen = school(openbaar, "de-wilgen").path("open").asInt();
        assertThat(openbaarOpen).isPositive().isLessThan(internOpen);
        assertThat(school(vertrouwelijk, "de-wilgen").path("open").asInt()).isGreaterThanOrEqualTo(internOpen);
        assertThat(school(openbaar, "de-wilgen").path("openVelden").toString())
                .as("a field classified intern is not open in the public edition").doesNotContain("\"absentie.naam\"");
        assertThat(school(intern, "de-wilgen").path("openVelden").toString()).contains("\"absentie.naam\"");

        Cli.Result text = Cli.run("check", "--content", CONTENT, "--school", "de-wilgen", "--edition", "openbaar");
        assertThat(text.out()).contains(openbaarOpen + " open)");
    }

    @Test
    void anUnknownEditionOrFormatIsWrongUsage() {
        Cli.Result edition = Cli.run("check", "--content", CONTENT, "--edition", "geheim");
        assertThat(edition.exit()).isEqualTo(2);
        assertThat(edition.err()).contains("onbekende editie 'geheim'");
        Cli.Result format = Cli.run("check", "--content", CONTENT, "--formaat", "xml");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("onbekend formaat 'xml'");
    }

    @Test
    void jsonIsTheOnlyThingOnStdoutWithLocatedProblemsAndOpenFields() throws Exception {
        Cli.Result result = Cli.run("check", "--content", CONTENT, "--formaat", "json");
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out().strip()).startsWith("{").endsWith("}");
        JsonNode json = json(result);
        assertThat(json.path("fouten").asInt()).isZero();
        assertThat(json.path("waarschuwingen").asInt()).isPositive().isEqualTo(json.path("problemen").size());
        assertThat(json.path("geslaagd").asBoolean()).isTrue();

        List<String> places = new ArrayList<>();
        for (JsonNode problem : json.path("problemen")) {
            assertThat(problem.path("ernst").asText()).isIn("fout", "waarschuwing");
            assertThat(problem.path("bericht").asText()).isNotBlank();
            places.add(problem.path("bestand").asText() + ":" + problem.path("regel").asInt());
        }
        assertThat(places).anyMatch(p -> p.matches(".*scholen/het-kompas/school\\.yml:\\d+") && !p.endsWith(":0"));

        assertThat(json.path("scholen")).hasSize(4);
        JsonNode regenboog = school(json, "de-regenboog");
        assertThat(regenboog.path("naam").asText()).isNotBlank();
        assertThat(regenboog.path("percentage").asInt()).isEqualTo(100);
        assertThat(regenboog.path("open").asInt()).isZero();
        JsonNode wilgen = school(json, "de-wilgen");
        assertThat(wilgen.path("open").asInt()).isEqualTo(wilgen.path("openVelden").size() + wilgen.path("openOnderdelen").size()
                + wilgen.path("openKeuzes").size());
        // de-wilgen answers no choice: each is open, with the default that applies meanwhile
        JsonNode kader = Site.yaml(Path.of(CONTENT).resolve("kader.yml")).path("keuzes");
        assertThat(wilgen.path("openKeuzes")).hasSize(kader.size());
        JsonNode bhv = wilgen.path("openKeuzes").findParents("keuze").stream()
                .filter(k -> k.path("keuze").asText().equals("bhv")).findFirst().orElseThrow();
        assertThat(bhv.path("standaard").asText()).isEqualTo(kader.path("bhv").path("standaard").asText());
        assertThat(bhv.path("tekst").asText()).isEqualTo(kader.path("bhv").path("opties").path(bhv.path("standaard").asText()).asText());
        assertThat(regenboog.path("openKeuzes")).isEmpty();
        JsonNode field = wilgen.path("openVelden").get(0);
        assertThat(field.path("veld").asText()).isNotBlank();
        assertThat(field.path("label").asText()).isNotBlank();
        assertThat(wilgen.path("openOnderdelen").get(0).path("onderdeel").asText()).isNotBlank();
    }

    @Test
    void jsonWithStrictFailsWithTheSameExitStatus() throws Exception {
        Cli.Result result = Cli.run("check", "--content", CONTENT, "--formaat", "json", "--strict", "--school", "de-wilgen");
        assertThat(result.exit()).isEqualTo(1);
        JsonNode json = json(result);
        assertThat(json.path("geslaagd").asBoolean()).isFalse();
        assertThat(school(json, "de-wilgen").path("open").asInt()).isPositive();
        assertThat(result.err()).contains("fout (--strict)");
    }

    @Test
    void jsonWithContentErrorsListsThemAndFails() throws Exception {
        Path broken = Cli.copyOfExample(temp);
        java.nio.file.Files.writeString(broken.resolve("scholen/de-wilgen/school.yml"), "naam: [niet af\n");
        Cli.Result result = Cli.run("check", "--content", broken.toString(), "--formaat", "json");
        assertThat(result.exit()).isEqualTo(1);
        JsonNode json = json(result);
        assertThat(json.path("fouten").asInt()).isPositive();
        assertThat(json.path("geslaagd").asBoolean()).isFalse();
        assertThat(json.path("problemen").toString()).contains("de-wilgen/school.yml");
    }

    @Test
    void jsonWithAnUnknownSchoolIsWrongUsageWithNothingOnStdout() {
        Cli.Result result = Cli.run("check", "--content", CONTENT, "--formaat", "json", "--school", "de-regenbog");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("onbekende school 'de-regenbog'");
    }
}
