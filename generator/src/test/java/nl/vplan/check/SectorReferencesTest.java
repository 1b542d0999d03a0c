package nl.vplan.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.vplan.model.Content;
import nl.vplan.model.Klasse;
import nl.vplan.model.Problem;
import nl.vplan.resolve.Resolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A reference to the WPO that a school in voortgezet onderwijs reads, found as its conversion reads the sources. */
class SectorReferencesTest {

    @TempDir
    Path root;

    private static final String SECTOR = """
              sector:
                vraag: Onder welke onderwijswet valt de school?
                opties:
                  po: Primair onderwijs (WPO)
                  vo: Voortgezet onderwijs (WVO 2020)
                standaard: po
            """;

    private static final String PART = """
            = Een

            De monitor volgt uit artikel 4c WPO.

            ifndef::keuze-sector-vo[]
            Zie de Wet op het primair onderwijs.
            endif::[]
            ifdef::keuze-sector-vo[]
            Zie de Wet voortgezet onderwijs 2020.
            endif::[]
            ifeval::["{keuze-sector}" == "po"]
            Alleen het po: WPO.
            endif::[]
            // een opmerking over de WPO telt niet
            Artikel 4c WPO en artikel 3.8 WVO 2020 gelden allebei.
            include::deel.adoc[]
            """;

    /** The part above under {@code kaderChoices}, one school per answer ({@code keuzes} of its school.yml). */
    private List<Problem> check(String kaderChoices, String... answers) {
        TestContent content = new TestContent(root).part(PART).write("hoofdstukken/deel.adoc", "Uit de wet (wet op het primair onderwijs).\n");
        content.write("kader.yml", """
                bestuur: Stichting Proef
                documenten:
                  - id: plan
                    titel: Plan
                    onderdelen:
                      - hoofdstukken/een.adoc
                keuzes:
                """ + kaderChoices);
        content.write("scholen/proef/school.yml", "naam: Proefschool\nkeuzes: " + answers[0] + "\n");
        for (int i = 1; i < answers.length; i++) {
            content.write("scholen/proef" + i + "/school.yml", "naam: Proefschool " + i + "\nkeuzes: " + answers[i] + "\n");
        }
        Content loaded = content.load();
        return SectorReferences.check(loaded.schools().stream()
                .map(s -> Resolver.resolve(loaded.framework(), s, Klasse.INTERN)).toList());
    }

    @Test
    void aVoSchoolIsWarnedOfEachWpoLineItReadsOnceWithEverySchoolThatReadsIt() {
        List<Problem> problems = check(SECTOR, "{sector: vo}", "{sector: po}", "{sector: vo}");
        assertThat(problems).allMatch(p -> !p.isError());
        assertThat(problems).extracting(p -> p.where().file().getFileName() + ":" + p.where().line() + ":" + p.where().column())
                .containsExactly("een.adoc:3:33", "deel.adoc:1:13");
        assertThat(problems.get(0).message()).startsWith("'WPO' is de wet voor het primair onderwijs, maar ook Proefschool, Proefschool 2 (sector vo)");
        assertThat(problems.get(1).message()).startsWith("'wet op het primair onderwijs' is de wet");
    }

    @Test
    void withoutAVoSchoolOrWithoutTheChoiceThereIsNothingToSay() {
        assertThat(check(SECTOR, "{sector: po}")).isEmpty();
        assertThat(check(SECTOR, "{}")).as("the default, po").isEmpty();
        assertThat(check("""
                  opslag:
                    vraag: Waar?
                    opties: {teams: Teams, schijf: Schijf}
                    standaard: teams
                """, "{opslag: teams}")).isEmpty();
    }
}
