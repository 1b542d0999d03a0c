package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of DESIGN.md: exit statuses, usage errors and what {@code check} reports. */
class CommandLineTest {

    @TempDir
    Path temp;

    @Test
    void noCommandIsWrongUsage() {
        Cli.Result result = Cli.run();
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("kies een commando");
    }

    @Test
    void unknownOptionIsWrongUsage() {
        Cli.Result result = Cli.run("build", "--uit", "x");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("onbekende optie");
    }

    @Test
    void unknownSchoolIsWrongUsageWithSuggestion() {
        Cli.Result result = Cli.run("check", "--content", Cli.EXAMPLE.toString(), "--school", "de-regenbog");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("onbekende school 'de-regenbog'").contains("bedoelt u 'de-regenboog'?");
    }

    @Test
    void unknownEditionIsWrongUsage() {
        Cli.Result result = Cli.run("build", "--content", Cli.EXAMPLE.toString(), "--out", temp.toString(),
                "--edition", "geheim");
        assertThat(result.exit()).isEqualTo(2);
        assertThat(result.err()).contains("onbekende editie 'geheim'");
        assertThat(temp.resolve("index.html")).doesNotExist();
    }

    @Test
    void checkReportsCompletenessAndWritesNothing() {
        Cli.Result result = Cli.run("check", "--content", Cli.EXAMPLE.toString());
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("de-regenboog", "100% ingevuld")
                .contains("de-wilgen", "0% ingevuld")
                .contains("open: ");
        assertThat(Path.of("site")).doesNotExist();
    }

    @Test
    void strictFailsWhileFillInsAreOpen() {
        Path out = temp.resolve("site");
        Cli.Result open = Cli.run("build", "--content", Cli.EXAMPLE.toString(), "--out", out.toString(),
                "--strict", "--school", "de-wilgen");
        assertThat(open.exit()).isEqualTo(1);
        assertThat(open.err()).contains("--strict").contains("open invullingen");
        assertThat(out).doesNotExist();

        Cli.Result complete = Cli.run("build", "--content", Cli.EXAMPLE.toString(), "--out", out.toString(),
                "--strict", "--no-pdf", "--school", "de-regenboog");
        assertThat(complete.exit()).as(complete.err()).isZero();
        assertThat(out.resolve("de-regenboog/index.html")).exists();
    }
}
