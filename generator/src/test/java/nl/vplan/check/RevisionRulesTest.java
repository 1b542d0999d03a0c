package nl.vplan.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import nl.vplan.load.ContentLoader;
import nl.vplan.model.Problem;
import nl.vplan.model.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document's 'versies': how they load, and the rules check holds them to (no git here). */
class RevisionRulesTest {

    @TempDir
    Path root;

    private TestContent content(String versies) {
        return new TestContent(root).part("= Een\n\nTekst.\n").write("kader.yml", """
                bestuur: Stichting Proef
                documenten:
                  - id: plan
                    titel: Plan
                    versie: "2.0"
                    versies:
                """ + versies.indent(6) + """
                    onderdelen:
                      - hoofdstukken/een.adoc
                """);
    }

    private List<String> problems(String versies) {
        ContentLoader.Result loaded = ContentLoader.load(content(versies).root());
        List<Problem> problems = new java.util.ArrayList<>(loaded.problems());
        loaded.content().ifPresent(c -> problems.addAll(RevisionRules.check(c.framework())));
        return problems.stream().map(p -> p.severity().label() + " " + p.where().line() + ":" + p.where().column()
                + " " + p.message()).toList();
    }

    @Test
    void aGoodHistoryLoadsNewestFirstAndPasses() {
        String versies = """
                - {versie: "2.0", datum: 2026-09-01, wijzigingen: "Meldcode met afwegingskader"}
                - {versie: "1.0", datum: 2025-09-01}
                """;
        assertThat(problems(versies)).isEmpty();
        List<Revision> loaded = content(versies).load().framework().documents().get(0).versies();
        assertThat(loaded).extracting(Revision::versie, Revision::datum, Revision::wijzigingen).containsExactly(
                org.assertj.core.groups.Tuple.tuple("2.0", "2026-09-01", "Meldcode met afwegingskader"),
                org.assertj.core.groups.Tuple.tuple("1.0", "2025-09-01", ""));
        assertThat(loaded.get(1).where().line()).isEqualTo(8);
    }

    @Test
    void theNewestEntryMustBeTheDocumentsVersion() {
        assertThat(problems("""
                - {versie: "1.0", datum: 2025-09-01}
                - {versie: "2.0", datum: 2026-09-01}
                """)).containsExactly(
                "fout 7:9 de nieuwste versie in 'versies' (1.0) is niet de 'versie' van het document (2.0); zet de nieuwste versie bovenaan",
                "fout 8:9 versie 2.0 (2026-09-01) is later dan versie 1.0 erboven (2025-09-01); 'versies' staat met de nieuwste bovenaan");
    }

    @Test
    void datesMayNotIncreaseDownwards() {
        assertThat(problems("""
                - {versie: "2.0", datum: 2026-09-01}
                - {versie: "1.1", datum: 2024-09-01}
                - {versie: "1.0", datum: 2025-09-01}
                """)).containsExactly(
                "fout 9:9 versie 1.0 (2025-09-01) is later dan versie 1.1 erboven (2024-09-01); 'versies' staat met de nieuwste bovenaan");
    }

    @Test
    void aMissingVersionOrDateOrABadDateIsLocated() {
        assertThat(problems("""
                - {versie: "2.0", datum: 2026-02-30}
                - {datum: 2025-09-01, wijziging: x}
                - {versie: "0.9"}
                """)).containsExactly(
                "fout 7:25 'datum' moet een datum zijn als 2026-09-01, niet '2026-02-30'",
                "fout 8:29 onbekende sleutel 'wijziging' in regel 2 van 'versies' van document 'plan' — bedoelt u 'wijzigingen'?",
                "fout 8:9 'versie' ontbreekt in regel 2 van 'versies' van document 'plan'",
                "fout 9:9 'datum' ontbreekt in regel 3 van 'versies' van document 'plan'");
    }

    @Test
    void aDocumentWithoutHistoryIsFine() {
        assertThat(problems("[]")).isEmpty();
    }
}
