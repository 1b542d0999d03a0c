package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The repository's example content built once per test run (without PDFs), shared by the tests that
 * only read the site: the crawler, the HTML checker and the browser tests. Removed when the JVM exits.
 */
final class ExampleBuild {

    private static Path site;

    private ExampleBuild() {
    }

    static synchronized Path site() {
        if (site == null) {
            try {
                Path dir = Files.createTempDirectory("vplan-voorbeeld");
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
                Cli.Result result = Cli.run("build", "--content", Cli.EXAMPLE.toString(), "--out", dir.resolve("site").toString(), "--no-pdf");
                assertThat(result.exit()).as(result.err()).isZero();
                site = dir.resolve("site");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return site;
    }

    /** The ids of the example schools (the folders under content/scholen). */
    static List<String> schools() {
        try (Stream<Path> dirs = Files.list(Cli.EXAMPLE.resolve("scholen"))) {
            List<String> schools = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
            assertThat(schools).as("the example's schools").hasSizeGreaterThanOrEqualTo(3);
            return schools;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // best effort: a temp folder
        }
    }
}
