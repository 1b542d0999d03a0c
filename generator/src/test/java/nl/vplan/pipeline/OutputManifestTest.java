package nl.vplan.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whether a school's output is still as its build wrote it, asked of the file system without reading every file. */
class OutputManifestTest {

    private static final Instant BUILT = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path school;

    private Path page;

    @BeforeEach
    void writeAsABuildDoes() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("index.html", "<p>Welkom</p>".getBytes(StandardCharsets.UTF_8));
        files.put("veiligheidsplan/regels.html", "<p>Regels</p>".getBytes(StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = school.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
            Files.setLastModifiedTime(target, FileTime.from(BUILT.minusSeconds(1)));
        }
        Path manifest = Files.write(school.resolve(OutputManifest.FILE), OutputManifest.of(files));
        Files.setLastModifiedTime(manifest, FileTime.from(BUILT));
        page = school.resolve("veiligheidsplan/regels.html");
    }

    @Test
    void outputAsWrittenIsIntact() {
        assertThat(OutputManifest.intact(school)).isTrue();
    }

    @Test
    void aPageChangedLaterIsNotEvenWithItsSize() throws IOException {
        Files.writeString(page, "<p>Regelz</p>");
        Files.setLastModifiedTime(page, FileTime.from(BUILT.plusSeconds(60)));
        assertThat(OutputManifest.intact(school)).isFalse();
    }

    @Test
    void aPageChangedInTheManifestsOwnTickIsFoundByItsChecksum() throws IOException {
        Files.setLastModifiedTime(page, FileTime.from(BUILT));
        assertThat(OutputManifest.intact(school)).as("same time, same bytes").isTrue();
        Files.writeString(page, "<p>Regelz</p>");
        Files.setLastModifiedTime(page, FileTime.from(BUILT));
        assertThat(OutputManifest.intact(school)).isFalse();
    }

    @Test
    void aMissingOrResizedPageOrAMissingManifestIsNotIntact() throws IOException {
        Files.writeString(page, "<p>Regels en meer</p>");
        Files.setLastModifiedTime(page, FileTime.from(BUILT.minusSeconds(1)));
        assertThat(OutputManifest.intact(school)).as("another size, an older time").isFalse();
        Files.delete(page);
        assertThat(OutputManifest.intact(school)).isFalse();
        Files.delete(school.resolve(OutputManifest.FILE));
        assertThat(OutputManifest.intact(school)).isFalse();
    }
}
