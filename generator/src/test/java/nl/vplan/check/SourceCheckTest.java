package nl.vplan.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.vplan.model.SourceRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source check on small sources: what it reports, where, and what it leaves alone. */
class SourceCheckTest {

    @TempDir
    Path root;

    private List<String> problems(String part) {
        return SourceCheck.check(new TestContent(root).part(part).load()).stream()
                .map(p -> p.where().line() + ":" + p.where().column() + " " + p.message()).toList();
    }

    @Test
    void theBuiltInSchoolNameIsAKnownField() {
        assertThat(problems("= Een\n\nWelkom op invul:school.naam[] en invul:v.open[].\n")).isEmpty();
    }

    @Test
    void unknownFieldsAreReportedWhereTheMacroStarts() {
        assertThat(problems("= Een\n\nBel invul:v.onbekend[].\n"))
                .containsExactly("3:5 onbekend veld 'v.onbekend' in invul:v.onbekend[] (niet in velden.yml)");
    }

    @Test
    void commentsAndVerbatimBlocksAreNotChecked() {
        assertThat(problems("""
                = Een

                // invul:weg[]
                ////
                invul:weg[]
                ////
                ----
                invul:weg[] taken::weg[]
                [klasse=geheim]
                ----
                """)).isEmpty();
    }

    @Test
    void bothBranchesOfConditionsAreChecked() {
        assertThat(problems("""
                = Een

                ifdef::keuze-opslag-teams[]
                invul:v.a[]
                endif::[]
                ifndef::keuze-opslag-teams,keuze-opslag-wolk[invul:v.b[]]
                """)).containsExactly(
                        "4:1 onbekend veld 'v.a' in invul:v.a[] (niet in velden.yml)",
                        "6:28 onbekende keuze of onderdeel 'keuze-opslag-wolk' in ifndef:: — bedoelt u 'keuze-opslag'?",
                        "6:46 onbekend veld 'v.b' in invul:v.b[] (niet in velden.yml)");
    }

    @Test
    void aSpaceAfterTheBracketIsReportedBecauseTheClassWouldNotHold() {
        assertThat(problems("= Een\n\n[ klasse=vertrouwelijk]\nGeheim.\n")).singleElement().asString()
                .startsWith("3:1 spatie na '[': Asciidoctor leest '[ klasse=vertrouwelijk]' als gewone tekst")
                .endsWith("schrijf '[klasse=vertrouwelijk]'");
    }

    @Test
    void classesAndAudiencesAreCheckedWithTheirColumns() {
        assertThat(problems("""
                = Een

                [.rol,klasse=geheim]
                Tekst.

                [doelgroep="medewerkers, leerlingen"]
                Tekst.
                """)).containsExactly(
                        "3:14 onbekende klasse 'geheim'; kies uit openbaar, intern, vertrouwelijk",
                        "6:26 onbekende doelgroep 'leerlingen'; kies uit medewerkers, ouders");
    }

    @Test
    void audienceNestingFollowsIncludes() {
        new TestContent(root).write("hoofdstukken/ouders.adoc", "[doelgroep=ouders]\nVoor ouders.\n");
        assertThat(problems("""
                = Een

                [doelgroep=medewerkers]
                == Voor medewerkers

                include::ouders.adoc[]
                """)).singleElement().asString()
                .isEqualTo("1:1 tekst voor ouders staat in een sectie alleen voor medewerkers ("
                        + new SourceRef(root.resolve("hoofdstukken/een.adoc").toAbsolutePath().normalize(), 3, 1).display()
                        + ") en komt zo niet op de pagina voor ouders");
    }
}
