package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.vplan.cli.PipelineRunner;
import nl.vplan.cli.Vplan;
import org.junit.jupiter.api.Test;

/**
 * All help text is Dutch, also picocli's own lines, for {@code vplan} and every command registered
 * in it: the commands are read from picocli, so a new command is checked without editing this test.
 */
class DutchHelpTest {

    /** picocli's English defaults (usage help headings, the standard help options, default values). */
    private static final List<String> ENGLISH = List.of("Show this help", "Print version", "Usage:", "Commands:",
            "Options:", "Default:", "@<filename>", "Parameters:", "and exit");

    private static List<String> commands() {
        return new ArrayList<>(Vplan.commandLine(PipelineRunner.standard()).getSubcommands().keySet());
    }

    @Test
    void everyCommandIsFound() {
        assertThat(commands()).contains("build", "check", "serve", "invulsheet");
    }

    @Test
    void theHelpOfVplanIsDutch() {
        for (String flag : List.of("--help", "-h")) {
            Cli.Result result = Cli.run(flag);
            assertThat(result.exit()).isZero();
            assertThat(result.out()).contains("Gebruik: vplan", "Opties:", "Commando's:", "Toon deze hulptekst")
                    .doesNotContain(ENGLISH);
            commands().forEach(command -> assertThat(result.out()).contains(command));
        }
    }

    @Test
    void theHelpOfEveryCommandIsDutch() {
        for (String command : commands()) {
            Cli.Result result = Cli.run(command, "--help");
            assertThat(result.exit()).as(command).isZero();
            assertThat(result.out()).as(command).contains("Gebruik: vplan " + command, "Opties:", "-h, --help",
                    "Toon deze hulptekst", "-V, --version").doesNotContain(ENGLISH);
        }
    }

    @Test
    void aUsageErrorShowsTheDutchHelp() {
        for (String command : commands()) {
            Cli.Result result = Cli.run(command, "--bestaat-niet");
            assertThat(result.exit()).as(command).isEqualTo(2);
            // a command with a required argument may name that one first; either way the message and help are Dutch
            assertThat(result.err()).as(command).containsAnyOf("onbekende optie", "er ontbreekt een waarde")
                    .contains("Gebruik: vplan " + command).doesNotContain(ENGLISH).doesNotContain("Missing", "required");
        }
    }

    @Test
    void theVersionIsShownByEveryCommand() {
        assertThat(Cli.run("--version").out()).startsWith("vplan ");
        for (String command : commands()) {
            Cli.Result result = Cli.run(command, "-V");
            assertThat(result.exit()).as(command).isZero();
            assertThat(result.out()).as(command).startsWith("vplan ");
        }
    }
}
