package nl.vplan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.function.ToIntFunction;
import nl.vplan.cli.PipelineRunner;
import nl.vplan.cli.Vplan;
import nl.vplan.compose.SiteTemplates;
import nl.vplan.convert.AsciidocEngine;
import nl.vplan.pipeline.Pipeline;

/**
 * Runs the real {@code vplan} command line in the test JVM, with one Asciidoctor instance shared by
 * all tests (creating one costs seconds), and captures what it prints.
 */
public final class Cli {

    /** The example content of the repository (tests run in the generator module's folder). */
    public static final Path EXAMPLE = Path.of("..", "content").toAbsolutePath().normalize();

    private static AsciidocEngine engine;

    private Cli() {
    }

    /** What one run of the command line gave. */
    public record Result(int exit, String out, String err) {
    }

    public static synchronized AsciidocEngine engine() {
        if (engine == null) {
            engine = new AsciidocEngine();
        }
        return engine;
    }

    public static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        int exit = Vplan.run(new PipelineRunner() {
            @Override
            public PrintStream out() {
                return outStream;
            }

            @Override
            public PrintStream err() {
                return errStream;
            }

            @Override
            public int run(ToIntFunction<Pipeline> task) {
                return task.applyAsInt(new Pipeline(Cli::engine, SiteTemplates.embedded(), outStream, errStream));
            }
        }, args);
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A copy of the example content to change in a test. */
    public static Path copyOfExample(Path into) {
        Path target = into.resolve("content");
        try {
            Files.walkFileTree(EXAMPLE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(target.resolve(EXAMPLE.relativize(dir).toString()));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.copy(file, target.resolve(EXAMPLE.relativize(file).toString()));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }
}
