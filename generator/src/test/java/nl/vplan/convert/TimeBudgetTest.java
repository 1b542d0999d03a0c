package nl.vplan.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A conversion that takes longer than its budget ends with a located Dutch error instead of running on. */
class TimeBudgetTest {

    @TempDir
    Path content;

    @Test
    void aConversionOverItsBudgetIsAnErrorAtItsFile() throws IOException {
        Path file = content.resolve("lang.adoc");
        Files.writeString(file, "= Lang\n\n" + "Een alinea met *vet* en _schuin_ en link:https://example.org[een link].\n\n".repeat(2000));
        // a budget no real conversion meets, with a fresh Asciidoctor that still has to warm up
        try (AsciidocEngine engine = new AsciidocEngine(Duration.ofMillis(1))) {
            ConvertedAsciidoc converted = engine.convert(file, content, Map.of("vplan-editie", "intern"));
            assertThat(converted.bodyHtml()).isEmpty();
            assertThat(converted.problems()).singleElement().satisfies(p -> {
                assertThat(p.isError()).isTrue();
                assertThat(p.where().file()).isEqualTo(file);
                assertThat(p.message()).startsWith("het omzetten van dit bestand duurde langer dan");
            });
        }
    }
}
