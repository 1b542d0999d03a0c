package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus of bad inputs under {@code src/test/resources/slechte-invoer/} (see its README): every
 * case gives its Dutch messages with file, line and column, the exit status, and leaves the output
 * of an earlier good build exactly as it was; within a minute, and without a stack trace or an
 * English message.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputCorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/slechte-invoer").toAbsolutePath();
    /** Far more than any case needs (the slowest, the big file, takes a few seconds). */
    static final Duration CASE_TIME = Duration.ofSeconds(60);
    /** What only a crash or an untranslated message prints: a stack trace, Java's or Asciidoctor's English log. */
    static final Pattern NOT_FOR_A_WRITER = Pattern.compile(
            "\\tat |Exception|Error:|SEVERE|WARNING:|INFO:|asciidoctor: |\\b(?:unterminated|mismatched|dropping|invalid|missing|include file)\\b");

    @TempDir
    static Path temp;

    Path goodOutput;

    @BeforeAll
    void buildTheBase() {
        goodOutput = temp.resolve("goed");
        Cli.Result good = Cli.run("build", "--content", CORPUS.resolve("basis").toString(), "--out", goodOutput.toString(), "--strict");
        assertThat(good.exit()).as(good.err()).isZero();
    }

    @TestFactory
    Stream<DynamicTest> everyCase() throws IOException {
        try (Stream<Path> list = Files.list(CORPUS)) {
            List<Path> cases = list.filter(Files::isDirectory).filter(d -> !d.endsWith("basis")).sorted().toList();
            assertThat(cases).hasSizeGreaterThanOrEqualTo(30);
            // a case that makes vplan loop (an endless include) fails here instead of hanging the build
            return cases.stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(),
                    () -> assertTimeoutPreemptively(CASE_TIME, () -> run(c))));
        }
    }

    private void run(Path kase) throws IOException {
        List<String> expected = Files.readAllLines(kase.resolve("verwacht"), StandardCharsets.UTF_8);
        // A case without its exit status would pass whatever vplan returns, even 0.
        assertThat(expected).as(kase.getFileName() + "/verwacht needs exactly one line 'status: N' (the exit status)")
                .filteredOn(l -> l.matches("status: \\d+")).hasSize(1);
        Path dir = temp.resolve(kase.getFileName().toString());
        Path content = dir.resolve("inhoud");
        copy(CORPUS.resolve("basis"), content);
        if (Files.isDirectory(kase.resolve("inhoud"))) {
            copy(kase.resolve("inhoud"), content);
        }
        if (Files.exists(kase.resolve("groot"))) {
            String[] big = Files.readString(kase.resolve("groot")).strip().split("\\s+");
            int lines = Integer.parseInt(big[1]) * 1024 * 1024 / 40 + 1;
            Files.writeString(content.resolve(big[0]), "= Groot\n\n" + "Een regel tekst die heel vaak terugkomt.\n".repeat(lines));
        }
        Path out = dir.resolve("uit");
        copy(goodOutput, out);
        Map<String, String> before = Site.snapshot(out);

        List<String> args = new ArrayList<>(Arrays.asList(Files.readString(kase.resolve("opdracht")).strip().split("\\s+")));
        args.addAll(List.of("--content", content.toString(), "--out", out.toString()));
        Cli.Result result = Cli.run(args.toArray(String[]::new));

        for (String line : expected) {
            if (line.startsWith("status: ")) {
                assertThat(result.exit()).as(result.err()).isEqualTo(Integer.parseInt(line.substring("status: ".length())));
            } else if (line.startsWith("melding: ")) {
                assertThat(result.err()).contains(message(content, line.substring("melding: ".length())));
            }
        }
        assertThat(expected).anyMatch(l -> l.startsWith("melding: "));
        assertThat(NOT_FOR_A_WRITER.matcher(result.out() + result.err()).find())
                .as("a stack trace or English message in:\n" + result.out() + result.err()).isFalse();
        assertThat(Site.snapshot(out)).as("the earlier output, byte for byte").isEqualTo(before);
    }

    /**
     * A message as printed. In the corpus a message starts with its file relative to the content
     * folder, and names other places as {@code inhoud/...}; both become the absolute paths printed.
     */
    private static String message(Path content, String message) {
        String printed = message.replace(" inhoud/", " " + content + "/");
        int colon = printed.indexOf(':');
        String file = colon < 0 ? "" : printed.substring(0, colon);
        return file.endsWith(".yml") || file.endsWith(".adoc") ? content.resolve(file) + printed.substring(colon) : printed;
    }

    private static void copy(Path from, Path to) {
        Site.copy(from, to);
    }
}
