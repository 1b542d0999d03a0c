package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schemas in {@code schemas/} (for editors) and {@code vplan check} agree: every good file
 * of the example and of the corpus base passes the schema, and on the corpus of bad inputs the
 * schema rejects exactly the cases its {@code verwacht} marks {@code schema: ongeldig} (mistakes of
 * shape: unknown keys, wrong kinds of values), which check rejects too. Mistakes only check can see
 * (a field or part that does not exist elsewhere, a value of the wrong type for its field) are
 * marked {@code schema: geldig}.
 */
class SchemaAgreementTest {

    static final Path SCHEMAS = Path.of("..", "schemas").toAbsolutePath().normalize();
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final Map<String, Schema> BY_FILE = Map.of(
            "kader.yml", schema("kader.schema.json"),
            "velden.yml", schema("velden.schema.json"),
            "school.yml", schema("school.schema.json"),
            "vakanties.yml", schema("vakanties.schema.json"));

    private static Schema schema(String name) {
        try (InputStream in = Files.newInputStream(SCHEMAS.resolve(name))) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theSchemaKnowsTheFieldTypesAndClassesVplanKnows() throws IOException {
        JsonNode schema = new ObjectMapper().readTree(SCHEMAS.resolve("velden.schema.json").toFile());
        List<String> types = new ArrayList<>();
        schema.findParent("klasse").path("type").path("enum").forEach(n -> types.add(n.asText()));
        assertThat(types).as("the type enum of velden.schema.json").isEqualTo(nl.vplan.model.FieldType.ids());
        List<String> classes = new ArrayList<>();
        schema.findParent("klasse").path("klasse").path("enum").forEach(n -> classes.add(n.asText()));
        assertThat(classes).containsExactlyElementsOf(
                java.util.Arrays.stream(nl.vplan.model.Klasse.values()).map(nl.vplan.model.Klasse::id).toList());
    }

    /** The schema's complaints about one file; a file that is not even YAML counts as one complaint. */
    static List<String> complaints(Path file) {
        Schema schema = BY_FILE.get(file.getFileName().toString());
        try {
            JsonNode node = YAML.readTree(file.toFile());
            return schema.validate(node == null ? YAML.nullNode() : node).stream().map(Object::toString).toList();
        } catch (IOException e) {
            return List.of("geen YAML: " + e.getMessage());
        }
    }

    private static List<Path> schemaFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(f -> BY_FILE.containsKey(f.getFileName().toString())).sorted().toList();
        }
    }

    @Test
    void theExampleAndTheCorpusBasePass() throws IOException {
        List<Path> files = new ArrayList<>(schemaFiles(Cli.EXAMPLE));
        files.addAll(schemaFiles(BadInputCorpusTest.CORPUS.resolve("basis")));
        assertThat(files).hasSizeGreaterThanOrEqualTo(7);
        for (Path file : files) {
            assertThat(complaints(file)).as(file.toString()).isEmpty();
        }
    }

    @Test
    void theSchemaRejectsTheCasesOfShapeAndOnlyThose() throws IOException {
        int rejected = 0;
        try (Stream<Path> list = Files.list(BadInputCorpusTest.CORPUS)) {
            for (Path kase : list.filter(Files::isDirectory).filter(d -> !d.endsWith("basis")).sorted().toList()) {
                List<Path> files = Files.isDirectory(kase.resolve("inhoud")) ? schemaFiles(kase.resolve("inhoud")) : List.of();
                String verdict = Files.readAllLines(kase.resolve("verwacht")).stream()
                        .filter(l -> l.startsWith("schema: ")).map(l -> l.substring("schema: ".length())).findFirst().orElse(null);
                if (files.isEmpty()) {
                    assertThat(verdict).as(kase + ": no kader/velden/school file, no schema verdict").isNull();
                    continue;
                }
                assertThat(verdict).as(kase + " needs 'schema: geldig' or 'schema: ongeldig'").isIn("geldig", "ongeldig");
                List<String> complaints = files.stream().flatMap(f -> complaints(f).stream()).toList();
                if (verdict.equals("ongeldig")) {
                    assertThat(complaints).as(kase.toString()).isNotEmpty();
                    rejected++;
                } else {
                    assertThat(complaints).as(kase.toString()).isEmpty();
                }
            }
        }
        assertThat(rejected).isGreaterThanOrEqualTo(8);
    }
}
