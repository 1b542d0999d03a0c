package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.vplan.load.ContentLoader;
import nl.vplan.model.Part;
import nl.vplan.model.PartKind;
import nl.vplan.model.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load stage on small hand-made content: the model it builds and the lines its messages name. */
class LoaderTest {

    @TempDir
    Path content;

    private void write(String path, String text) {
        Site.write(content, path, text);
    }

    private void framework(String parts) throws Exception {
        write("kader.yml", """
                bestuur: Stichting Proef
                documenten:
                  - id: plan
                    titel: Plan
                    onderdelen:
                """ + parts + """
                keuzes:
                  opslag:
                    vraag: Waar?
                    opties: {teams: Teams, schijf: Netwerkschijf}
                    standaard: teams
                """);
        write("velden.yml", "directeur.naam: {label: Naam directeur, type: tekst, klasse: openbaar}\n");
        write("hoofdstukken/een.adoc", "= Een\n");
        write("hoofdstukken/twee.adoc", "= Twee\n");
        write("bijlagen/drie.adoc", "= Drie\n");
        Files.createDirectories(content.resolve("scholen"));
    }

    @Test
    void readsPartsWithTheirKindAndOptions() throws Exception {
        framework("""
                      - {bestand: hoofdstukken/een.adoc, genummerd: false}
                      - {bestand: hoofdstukken/twee.adoc, optioneel: true}
                      - bijlagen/drie.adoc
                      - {school: regels, titel: Schoolregels}
                """);
        ContentLoader.Result result = ContentLoader.load(content);
        assertThat(result.problems()).isEmpty();
        List<Part> parts = result.content().orElseThrow().framework().documents().get(0).parts();
        assertThat(parts).extracting(Part::id).containsExactly("een", "twee", "drie", "regels");
        assertThat(parts).extracting(Part::kind)
                .containsExactly(PartKind.HOOFDSTUK, PartKind.HOOFDSTUK, PartKind.BIJLAGE, PartKind.BIJLAGE);
        assertThat(((Part.FilePart) parts.get(0)).numbered()).isFalse();
        assertThat(((Part.FilePart) parts.get(1)).optional()).isTrue();
        assertThat(parts.get(3).where().line()).isEqualTo(9);
    }

    @Test
    void namesTheLineOfANestedMistake() throws Exception {
        framework("""
                      - hoofdstukken/een.adoc
                      - {bestand: hoofdstukken/vier.adoc}
                      - {bestand: hoofdstukken/twee.adoc, optionel: true}
                """);
        List<Problem> problems = ContentLoader.load(content).problems();
        assertThat(problems).extracting(Problem::format).containsExactlyInAnyOrder(
                Site.placeOf(content.resolve("kader.yml"), "bestand: hoofdstukken/vier.adoc") + ": fout: bestand 'hoofdstukken/vier.adoc' bestaat niet (gezocht in " + content + ")",
                Site.placeOf(content.resolve("kader.yml"), "optionel") + ": fout: onbekende sleutel 'optionel' in een onderdeel — bedoelt u 'optioneel'?");
    }

    @Test
    void aPartFileOutsideTheContentFolderIsRefused() throws Exception {
        framework("      - ../../etc/passwd.adoc\n");
        List<Problem> problems = ContentLoader.load(content).problems();
        assertThat(problems).singleElement().extracting(Problem::message).asString().contains("buiten de inhoudsmap");
    }

    @Test
    void schoolNamesAreCheckedAgainstTheFramework() throws Exception {
        framework("""
                      - hoofdstukken/een.adoc
                      - {bestand: hoofdstukken/twee.adoc, optioneel: true}
                """);
        write("scholen/proef/school.yml", """
                naam: Proefschool
                velden:
                  directeur.naam: A. Proef
                  directeur.nam: typfout
                onderdelen: {uit: [een]}
                keuzes: {opslag: schijf}
                """);
        ContentLoader.Result result = ContentLoader.load(content);
        assertThat(result.problems()).extracting(Problem::format).containsExactlyInAnyOrder(
                Site.placeOf(content.resolve("scholen/proef/school.yml"), "directeur.nam:") + ": fout: onbekend veld 'directeur.nam' (niet in velden.yml) — bedoelt u 'directeur.naam'?",
                Site.placeOf(content.resolve("scholen/proef/school.yml"), "een]") + ": fout: onderdeel 'een' is niet optioneel en kan niet worden uitgezet; optioneel zijn: twee");
        var school = result.content().orElseThrow().schools().get(0);
        assertThat(school.values()).containsOnlyKeys("directeur.naam");
        assertThat(school.choices()).containsEntry("opslag", "schijf");
    }
}
