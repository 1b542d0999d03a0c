package nl.vplan.fill;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SchoolYamlTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final List<String> ORDER = List.of("school.adres", "school.telefoon", "directeur.naam", "directeur.telefoon", "bhv.aantal");

    private static JsonNode read(String text) throws Exception {
        return YAML.readTree(text);
    }

    @Test
    void changesOneValueAndLeavesEveryOtherByteAlone() {
        String before = """
                # yaml-language-server: $schema=../../../schemas/school.schema.json
                naam: Basisschool De Regenboog   # de naam zoals op de gevel
                velden:
                  # De school
                  school.adres: Regenboogpad 3
                  directeur.naam: M. Verhoef   # sinds 2024
                  bhv.aantal: "9"

                keuzes:
                  bhv: gedeeld
                """;
        SchoolYaml yaml = new SchoolYaml(before);
        yaml.set("velden", "directeur.naam", "K. de Wit", ORDER);
        yaml.set("velden", "bhv.aantal", "11", ORDER);
        assertThat(yaml.text()).isEqualTo(before.replace("M. Verhoef ", "K. de Wit ").replace("\"9\"", "\"11\""));
    }

    @Test
    void aNewValueGoesAfterItsPredecessorInTheCatalogue() throws Exception {
        String before = "naam: X\nvelden:\n  school.adres: Pad 1\n  # leiding\n  directeur.naam: A\n  bhv.aantal: \"9\"\n";
        SchoolYaml yaml = new SchoolYaml(before);
        yaml.set("velden", "directeur.telefoon", "012-3456789", ORDER);
        yaml.set("velden", "school.telefoon", "012-3456780", ORDER);
        assertThat(yaml.text()).isEqualTo("naam: X\nvelden:\n  school.adres: Pad 1\n  school.telefoon: 012-3456780\n  # leiding\n"
                + "  directeur.naam: A\n  directeur.telefoon: 012-3456789\n  bhv.aantal: \"9\"\n");
    }

    @Test
    void fillsAnEmptySectionThatHoldsOnlyComments() throws Exception {
        String before = "naam: Het Kompas\nvelden:\n\n  # bijlagen\nonderdelen: {uit: [brede-school]}\nkeuzes:\n";
        SchoolYaml yaml = new SchoolYaml(before);
        yaml.set("velden", "directeur.naam", "A. B", ORDER);
        yaml.set("keuzes", "bhv", "eigen", List.of());
        JsonNode node = read(yaml.text());
        assertThat(node.at("/velden/directeur.naam").asText()).isEqualTo("A. B");
        assertThat(node.at("/keuzes/bhv").asText()).isEqualTo("eigen");
        assertThat(node.at("/onderdelen/uit/0").asText()).isEqualTo("brede-school");
        assertThat(yaml.text()).contains("  # bijlagen\n");
    }

    @Test
    void removesAClearedValueButNotItsNeighboursOrComments() {
        String before = "naam: X\nvelden:\n  school.adres: Pad 1\n  # leiding\n  directeur.naam: A\n  bhv.aantal: \"9\"\n";
        SchoolYaml yaml = new SchoolYaml(before);
        yaml.set("velden", "directeur.naam", "", ORDER);
        assertThat(yaml.text()).isEqualTo("naam: X\nvelden:\n  school.adres: Pad 1\n  # leiding\n  bhv.aantal: \"9\"\n");
    }

    @Test
    void addsAMissingSectionAtTheEnd() throws Exception {
        SchoolYaml yaml = new SchoolYaml("naam: X\n# slot");
        yaml.set("keuzes", "bhv", "eigen", List.of());
        assertThat(yaml.text()).isEqualTo("naam: X\n# slot\nkeuzes:\n  bhv: eigen\n");
    }

    @Test
    void editsFlowMappingsAndParts() throws Exception {
        SchoolYaml yaml = new SchoolYaml("naam: X   # naam\nonderdelen: {uit: [brede-school]}   # geen partners\nkeuzes: {bhv: gedeeld}\n");
        yaml.set("keuzes", "absentie", "ouderapp", List.of());
        yaml.set("keuzes", "bhv", "eigen", List.of());
        yaml.setParts(List.of(), List.of("extra"));
        assertThat(yaml.text()).isEqualTo("naam: X   # naam\nonderdelen: {aan: [extra]}   # geen partners\nkeuzes: {bhv: eigen, absentie: ouderapp}\n");
        yaml.setParts(List.of(), List.of());
        assertThat(yaml.text()).isEqualTo("naam: X   # naam\nkeuzes: {bhv: eigen, absentie: ouderapp}\n");
        yaml.setParts(List.of("a", "b"), List.of());
        assertThat(read(yaml.text()).at("/onderdelen/uit/1").asText()).isEqualTo("b");
    }

    @Test
    void keepsWindowsLineEndsAndAByteOrderMark() throws Exception {
        SchoolYaml yaml = new SchoolYaml("\uFEFFnaam: X\r\nvelden:\r\n  school.adres: Pad 1\r\n");
        yaml.set("velden", "directeur.naam", "A", ORDER);
        assertThat(yaml.text()).isEqualTo("\uFEFFnaam: X\r\nvelden:\r\n  school.adres: Pad 1\r\n  directeur.naam: A\r\n");
    }

    @Test
    void replacesABlockScalarWithoutJoiningTheNextLine() throws Exception {
        SchoolYaml yaml = new SchoolYaml("velden:\n  school.adres: |\n    Pad 1\n    1234 AB Dorp\n  directeur.naam: A\n");
        yaml.set("velden", "school.adres", "Laan 2\n5678 CD Stad", ORDER);
        JsonNode node = read(yaml.text());
        assertThat(node.at("/velden/school.adres").asText()).isEqualTo("Laan 2\n5678 CD Stad");
        assertThat(node.at("/velden/directeur.naam").asText()).isEqualTo("A");
    }

    @Test
    void namesWithEmojiBeforeTheEditAreCountedRight() throws Exception {
        SchoolYaml yaml = new SchoolYaml("naam: De Regenboog 🌈\nvelden:\n  directeur.naam: A\n");
        yaml.set("velden", "directeur.naam", "B", ORDER);
        assertThat(yaml.text()).isEqualTo("naam: De Regenboog 🌈\nvelden:\n  directeur.naam: B\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lokaal 3: \"achter\" # naast de hal", "- een lijst?", "#geen commentaar", "{{ sjabloon }}",
            "'enkel' en \"dubbel\"", "regel 1\nregel 2\n", "  spaties rondom  ", "yes", "no", "~", "null", "012", "3.14",
            "2026-09-01", "a\\b", "tab\there", "é ü ß — “quotes”", "[x]", "x, y", "@home", "`code`", "100%", "*ster", "&anker",
            "!tag", "|", ">", "key: value", "eind:", "?", "", "\u2028", "😀"})
    void everyValueReadsBackExactly(String value) throws Exception {
        if (value.isEmpty()) {
            return;
        }
        SchoolYaml yaml = new SchoolYaml("naam: X\nvelden:\n  school.adres: oud\nkeuzes: {bhv: eigen}\n");
        yaml.set("velden", "school.adres", value, ORDER);
        yaml.set("velden", "directeur.naam", value, ORDER);
        yaml.set("keuzes", "vrij", value, List.of());
        JsonNode node = read(yaml.text());
        assertThat(node.at("/velden/school.adres").asText()).isEqualTo(value);
        assertThat(node.at("/velden/directeur.naam").asText()).isEqualTo(value);
        assertThat(node.at("/keuzes/vrij").asText()).isEqualTo(value);
        assertThat(new SchoolYaml(yaml.text()).values("velden")).containsEntry("school.adres", value);
    }
}
