package nl.vplan.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.vplan.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The segments of real Asciidoctor output: fill-ins where {@code invul:} stood, only in the branch the attributes choose. */
class ConvertedSegmentsTest {

    @TempDir
    Path content;

    private PartStructure.Parts convert(String source, Map<String, String> attributes) throws IOException {
        Path file = content.resolve("deel.adoc");
        Files.writeString(file, source);
        Map<String, String> all = new java.util.HashMap<>(attributes);
        all.put("vplan-editie", "intern");
        return PartStructure.of(Cli.engine().convert(file, content, all), "deel.html");
    }

    private static List<Segment> fillIns(Body body) {
        return body.segments().stream().filter(s -> s instanceof Segment.FillIn).toList();
    }

    @Test
    void fillInsInACellAListItemAndAHeadingAreSegments() throws IOException {
        PartStructure.Parts parts = convert("""
                = Contact met invul:school.naam[]

                == Bellen: invul:school.telefoon[]

                * Directeur: invul:directeur.naam[]

                |===
                | Arbo | invul:arbo.telefoon[]
                |===
                """, Map.of());
        assertThat(parts.title().text().segments()).containsExactly(new Segment.Text("Contact met "), new Segment.FillIn("school.naam"));
        assertThat(fillIns(parts.body())).containsExactly(new Segment.FillIn("school.telefoon"),
                new Segment.FillIn("directeur.naam"), new Segment.FillIn("arbo.telefoon"));
        assertThat(parts.headings()).hasSize(1);
        assertThat(fillIns(parts.headings().get(0).title().html())).containsExactly(new Segment.FillIn("school.telefoon"));
        assertThat(parts.body().segments().toString()).doesNotContain("vplan-invul");
    }

    @Test
    void onlyTheBranchTheSchoolsChoiceTakesHasItsFillIns() throws IOException {
        String source = """
                = Deel

                ifdef::keuze-opvang-ja[]
                Opvang door invul:opvang.naam[].
                endif::[]
                ifndef::keuze-opvang-ja[]
                Geen opvang; bel invul:school.telefoon[].
                endif::[]
                """;
        assertThat(fillIns(convert(source, Map.of("keuze-opvang-ja", "")).body())).containsExactly(new Segment.FillIn("opvang.naam"));
        assertThat(fillIns(convert(source, Map.of()).body())).containsExactly(new Segment.FillIn("school.telefoon"));
    }

    @Test
    void blockMacrosAreBlockSegments() throws IOException {
        PartStructure.Parts parts = convert("= Deel\n\ntaken::jaarlijks[]\n\nformulier::melding[]\n", Map.of());
        assertThat(parts.body().blocks("taken")).containsExactly("jaarlijks");
        assertThat(parts.body().blocks("formulier")).containsExactly("melding");
    }
}
