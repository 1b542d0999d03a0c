package nl.vplan.fill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import nl.vplan.Site;
import nl.vplan.load.ContentLoader;
import nl.vplan.model.Framework;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Changes to a school of the example content: checked as check does, written in place or not at all. */
class SchoolUpdateTest {

    @TempDir
    Path temp;

    Path content;
    Framework framework;
    SchoolUpdate update;

    @BeforeEach
    void copyExample() {
        content = temp.resolve("content");
        Site.copy(Path.of("..", "content").toAbsolutePath().normalize(), content);
        framework = ContentLoader.load(content).content().orElseThrow().framework();
        update = new SchoolUpdate(framework);
    }

    private Path kompas() {
        return update.schoolDir("het-kompas").orElseThrow();
    }

    @Test
    void writesValuesChoicesPartsAndTextsAndKeepsTheWritersComments() throws Exception {
        String before = Files.readString(kompas().resolve("school.yml"));
        var outcome = update.apply(kompas(), new SchoolChanges(
                Map.of("directeur.naam", "A. de Proef", "bhv.oefening", "2026-10-01", "school.adres", "Kerkpad 1\n9999 ZZ Proefdorp"),
                Map.of("bhv", "gedeeld"), Map.of("brede-school", true), Map.of("schoolregels", "= Schoolregels\n\nWe lopen in de gang.\n")), true);
        assertThat(outcome.refusal()).isEmpty();
        assertThat(outcome.changes()).contains("veld directeur.naam: 'W. Hendriksen-Vos' → 'A. de Proef'", "keuze bhv: eigen → gedeeld",
                "veld school.adres: 'Zeilmakerstraat 18, 2345 CD Voorbeeldstad' → 'Kerkpad 1 / 9999 ZZ Proefdorp'",
                "onderdeel brede-school: aan", "tekst 'schoolregels' toegevoegd");
        String after = Files.readString(kompas().resolve("school.yml"));
        for (String line : before.split("\n")) {
            if (line.startsWith("#") || line.strip().startsWith("# ")) {
                assertThat(after).as("comment kept").contains(line);
            }
        }
        assertThat(after).doesNotContain("brede-school");
        assertThat(Files.readString(kompas().resolve("aanvullingen/schoolregels.adoc"))).contains("We lopen in de gang.");
        var school = ContentLoader.load(content).content().orElseThrow().schools().stream()
                .filter(s -> s.id().equals("het-kompas")).findFirst().orElseThrow();
        assertThat(school.values()).containsEntry("school.adres", "Kerkpad 1\n9999 ZZ Proefdorp").containsEntry("bhv.oefening", "2026-10-01");
        assertThat(school.choices()).containsEntry("bhv", "gedeeld");
        assertThat(school.partsOff()).isEmpty();
    }

    /** A saved file keeps its permissions (0640: the team's group reads it); a new one gets what the umask gives, never 0600. */
    @Test
    void aSavedFileKeepsItsPermissionsAndANewOneFollowsTheUmask() throws Exception {
        Path yml = kompas().resolve("school.yml");
        Files.setPosixFilePermissions(yml, PosixFilePermissions.fromString("rw-r-----"));
        var outcome = update.apply(kompas(), new SchoolChanges(Map.of("directeur.naam", "A. de Proef"), Map.of(), Map.of(),
                Map.of("schoolregels", "= Schoolregels\n\nWe lopen in de gang.\n")), true);
        assertThat(outcome.refusal()).isEmpty();
        assertThat(Files.readString(yml)).contains("A. de Proef");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(yml))).isEqualTo("rw-r-----");
        Path reference = Files.createFile(temp.resolve("nieuw-bestand"));
        assertThat(Files.getPosixFilePermissions(kompas().resolve("aanvullingen/schoolregels.adoc")))
                .isEqualTo(Files.getPosixFilePermissions(reference));
        try (var left = Files.list(kompas())) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".vplan-"));
        }
    }

    @Test
    void refusesWhatCheckRefusesAndWritesNothing() throws Exception {
        Map<String, String> before = Site.snapshot(kompas());
        assertRefused(SchoolChanges.ofValues(Map.of("directeur.telefoon", "12345")), "directeur.telefoon", "geen telefoonnummer");
        assertRefused(SchoolChanges.ofValues(Map.of("directeur.naam", "B", "directeur.nam", "A")), "directeur.nam", "onbekend veld");
        assertRefused(SchoolChanges.ofValues(Map.of("school.naam", "Andere naam")), "school.naam", "'naam'");
        assertRefused(new SchoolChanges(Map.of(), Map.of("bhv", "niemand"), Map.of(), Map.of()), "bhv", "onbekende optie");
        assertRefused(new SchoolChanges(Map.of(), Map.of(), Map.of("inleiding", false), Map.of()), "inleiding", "niet optioneel");
        assertRefused(new SchoolChanges(Map.of(), Map.of(), Map.of(), Map.of("../../kader", "x")), "../../kader", "onbekend schoolonderdeel");
        assertThat(Site.snapshot(kompas())).isEqualTo(before);
    }

    @Test
    void aTextThatLeavesTheSchoolFolderThroughALinkIsRefused() throws Exception {
        Path outside = Files.writeString(temp.resolve("buiten.adoc"), "geheim");
        Files.createDirectories(kompas().resolve("aanvullingen"));
        Files.createSymbolicLink(kompas().resolve("aanvullingen/schoolregels.adoc"), outside);
        var outcome = update.apply(kompas(), new SchoolChanges(Map.of(), Map.of(), Map.of(), Map.of("schoolregels", "nieuw")), true);
        assertThat(outcome.refusal()).isPresent();
        assertThat(Files.readString(outside)).isEqualTo("geheim");
    }

    @Test
    void knowsOnlyTheSchoolsOfTheContent() {
        assertThat(update.schoolDir("de-regenboog")).isPresent();
        assertThat(update.schoolDir("../scholen/de-regenboog")).isEmpty();
        assertThat(update.schoolDir("bestaat-niet")).isEmpty();
        assertThat(update.schoolDir("..")).isEmpty();
    }

    @Test
    void anUnchangedValueLeavesTheFileAlone() throws Exception {
        Path file = update.schoolDir("de-regenboog").orElseThrow().resolve("school.yml");
        byte[] before = Files.readAllBytes(file);
        var outcome = update.apply(file.getParent(), SchoolChanges.ofValues(Map.of("bhv.aantal", "9", "directeur.naam", "M. Verhoef-Dijkman")), true);
        assertThat(outcome.changes()).isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    private void assertRefused(SchoolChanges changes, String item, String message) throws Exception {
        var outcome = update.apply(kompas(), changes, true);
        assertThat(outcome.refusal()).as(changes.toString()).isPresent();
        assertThat(outcome.refusal().get().item()).isEqualTo(item);
        assertThat(outcome.refusal().get().message()).contains(message);
    }
}
