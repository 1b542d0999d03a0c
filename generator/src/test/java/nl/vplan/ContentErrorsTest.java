package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mistakes in the content give a Dutch message naming file and line, exit status 1, and leave the
 * previous output exactly as it was.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentErrorsTest {

    /** One good build for the whole class; each test gets its own copy of it and of the content. */
    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    Path goodOutput;
    Map<String, String> before;

    Path content;
    Path out;

    @BeforeAll
    void buildGoodOutputOnce() {
        goodOutput = shared.resolve("site");
        Cli.Result good = Cli.run("build", "--content", Cli.EXAMPLE.toString(), "--out", goodOutput.toString(), "--school", "het-kompas");
        assertThat(good.exit()).as(good.err()).isZero();
        before = Site.snapshot(goodOutput);
    }

    @BeforeEach
    void copyContentAndOutput() {
        content = Cli.copyOfExample(temp);
        out = temp.resolve("site");
        Site.copy(goodOutput, out);
        assertThat(Site.snapshot(out)).isEqualTo(before);
    }

    private Cli.Result buildFails() {
        Cli.Result result = Cli.run("build", "--content", content.toString(), "--out", out.toString());
        assertThat(result.exit()).as(result.err()).isEqualTo(1);
        assertThat(result.err()).contains("er is niets geschreven");
        assertThat(Site.snapshot(out)).as("earlier output untouched").isEqualTo(before);
        return result;
    }

    @Test
    void unknownFieldInFillInNamesFileLineAndSuggestion() {
        Path chapter = content.resolve("hoofdstukken/coordinatie.adoc");
        Site.append(chapter, "\nDe directeur is invul:directer.naam[].\n");
        Cli.Result result = buildFails();

        assertThat(result.err()).contains(Site.placeOf(chapter, "invul:directer.naam[]") + ": fout: onbekend veld 'directer.naam'")
                .contains("bedoelt u 'directeur.naam'?");
    }

    @Test
    void unknownPartInSchoolYml() {
        Path school = content.resolve("scholen/het-kompas/school.yml");
        Site.replace(school, "uit: [brede-school]", "uit: [brede-scholen]");

        Cli.Result result = buildFails();

        assertThat(result.err()).contains(Site.placeOf(school, "brede-scholen")
                + ": fout: onbekend onderdeel 'brede-scholen'").contains("bedoelt u 'brede-school'?");
    }

    @Test
    void unknownChoiceAndUnknownOptionInSchoolYml() throws Exception {
        String choice = Site.yaml(content.resolve("kader.yml")).path("keuzes").fieldNames().next();
        Path school = content.resolve("scholen/de-wilgen/school.yml");
        Files.writeString(school, "naam: Kindcentrum De Wilgen\nkeuzes:\n  bestaat-niet: ja\n  " + choice + ": onzin-optie\n");

        Cli.Result result = buildFails();

        assertThat(result.err())
                .contains(school + ":3:3: fout: onbekende keuze 'bestaat-niet'")
                .contains(school + ":4:3: fout: onbekende optie 'onzin-optie' voor keuze '" + choice + "'");
    }

    @Test
    void missingFileNamedInKader() throws Exception {
        Files.delete(content.resolve("hoofdstukken/toezicht.adoc"));
        Path kader = content.resolve("kader.yml");

        Cli.Result result = buildFails();

        assertThat(result.err()).contains(Site.placeOf(kader, "hoofdstukken/toezicht.adoc")
                + ": fout: bestand 'hoofdstukken/toezicht.adoc' bestaat niet");
    }

    @Test
    void yamlSyntaxErrorGivesTheLine() {
        Path school = content.resolve("scholen/het-kompas/school.yml");
        Site.append(school, "velden:\n  : : [\n");

        Cli.Result result = buildFails();

        assertThat(result.err()).containsPattern(java.util.regex.Pattern.quote(school.toString()) + ":\\d+:\\d+: fout: YAML-fout");
    }

    @Test
    void unknownKeyIsATypoWithSuggestion() {
        Path kader = content.resolve("kader.yml");
        Site.replace(kader, "\nbestuur:", "\nbestuurr:");

        Cli.Result result = buildFails();

        assertThat(result.err()).contains(Site.placeOf(kader, "bestuurr") + ": fout: onbekende sleutel 'bestuurr' in kader.yml — bedoelt u 'bestuur'?");
    }

    @Test
    void includeOutsideContentIsRefusedAndNeverRead() {
        Path chapter = content.resolve("hoofdstukken/toezicht.adoc");
        Site.append(chapter, "\ninclude::../../../../../../../../etc/hostname[]\n");

        Cli.Result result = buildFails();

        assertThat(result.err()).contains(Site.placeOf(chapter, "include::../")
                + ": fout: include '../../../../../../../../etc/hostname' wijst buiten de inhoudsmap");
    }

    @Test
    void allProblemsAreReportedInOneRun() {
        Path chapter = content.resolve("hoofdstukken/coordinatie.adoc");
        Site.append(chapter, "\ninvul:eerste.onbekend[] en invul:tweede.onbekend[]\n");
        Site.replace(content.resolve("scholen/het-kompas/school.yml"), "uit: [brede-school]", "uit: [weg]");

        Cli.Result result = buildFails();

        assertThat(result.err()).contains("'eerste.onbekend'", "'tweede.onbekend'", "onbekend onderdeel 'weg'")
                .contains("3 fouten gevonden");
    }
}
