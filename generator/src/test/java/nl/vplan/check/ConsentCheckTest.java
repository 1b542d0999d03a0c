package nl.vplan.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import nl.vplan.load.ContentLoader;
import nl.vplan.model.Content;
import nl.vplan.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code regels.instemming}: the loader's checks and the warnings per school. */
class ConsentCheckTest {

    private static final String KADER = """
            bestuur: Stichting Proef
            documenten:
              - id: plan
                titel: Veiligheidsplan
                versie: "3.10"
                onderdelen:
                  - hoofdstukken/een.adoc
            regels:
              instemming:
                document: %s
                datum: %s
                versie: mr.versie
            """;

    @TempDir
    Path root;

    private TestContent content(String document, String dateField) {
        return new TestContent(root)
                .part("= Een\n\nTekst.\n")
                .write("kader.yml", KADER.formatted(document, dateField))
                .write("velden.yml", """
                        mr.datum: {label: Datum instemming MR, type: datum, klasse: intern}
                        mr.versie: {label: Versie instemming MR, type: tekst, klasse: intern}
                        """);
    }

    private List<String> warnings(String values) {
        Content loaded = content("plan", "mr.datum").write("scholen/proef/school.yml", "naam: Proefschool\nvelden:\n" + values).load();
        List<Problem> problems = DomainRules.check(loaded, loaded.schools(), LocalDate.of(2026, 11, 1));
        assertThat(problems).allMatch(p -> !p.isError());
        return problems.stream().map(p -> p.where().line() + " " + p.message()).toList();
    }

    @Test
    void theCurrentVersionConsentedToGivesNoWarning() {
        assertThat(warnings("  mr.datum: \"2026-06-23\"\n  mr.versie: \"3.10\"\n")).isEmpty();
        assertThat(warnings("  mr.datum: \"2026-06-23\"\n  mr.versie: \"3.10.0\"\n")).isEmpty();
    }

    @Test
    void anOlderVersionIsNamedWithTheSchoolAtTheVersion() {
        assertThat(warnings("  mr.datum: \"2025-06-12\"\n  mr.versie: \"3.9\"\n")).containsExactly(
                "4 de MR van Proefschool heeft ingestemd met versie 3.9 van het Veiligheidsplan; deze versie is 3.10: vraag de MR om instemming");
    }

    @Test
    void nothingRecordedIsOneWarning() {
        assertThat(warnings("  {}\n")).containsExactly(
                "1 Proefschool: nog geen instemming van de MR vastgelegd voor het Veiligheidsplan (mr.datum en mr.versie zijn niet ingevuld)");
    }

    @Test
    void aVersionWithoutDateOrADateWithoutVersionIsReported() {
        assertThat(warnings("  mr.versie: \"3.10\"\n")).containsExactly(
                "3 Proefschool: de versie waarmee de MR heeft ingestemd (mr.versie) is ingevuld, maar de datum van de instemming (mr.datum) niet");
        assertThat(warnings("  mr.datum: \"2026-06-23\"\n")).containsExactly(
                "3 Proefschool: de datum van de instemming van de MR (mr.datum) is ingevuld, maar niet met welke versie (mr.versie)");
        assertThat(warnings("  mr.versie: \"2\"\n")).hasSize(2);
    }

    @Test
    void theLoaderChecksTheDocumentAndTheFields() {
        assertThat(loadErrors("plan", "mr.versie")).containsExactly(
                "11 veld 'mr.versie' heeft type tekst; deze regel vraagt een veld van type datum");
        assertThat(loadErrors("plna", "mr.datum")).singleElement().asString()
                .startsWith("10 onbekend document 'plna' in 'regels' (niet onder 'documenten')").contains("'plan'");
        assertThat(loadErrors("plan", "mr.dtum")).singleElement().asString()
                .startsWith("11 onbekend veld 'mr.dtum' in 'regels' (niet in velden.yml)");
    }

    private List<String> loadErrors(String document, String dateField) {
        content(document, dateField);
        return ContentLoader.load(root).problems().stream().filter(Problem::isError)
                .map(p -> p.where().line() + " " + p.message()).toList();
    }
}
