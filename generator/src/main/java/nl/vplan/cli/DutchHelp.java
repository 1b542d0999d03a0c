package nl.vplan.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Dutch help for a command: {@code -h/--help} and {@code -V/--version} with Dutch descriptions, and
 * the usage help's section headings in Dutch ("Gebruik:", "Opties:", "Commando's:"). picocli's own
 * {@code mixinStandardHelpOptions} and default headings are English, so no command uses them.
 *
 * <p>The pattern, for every command (also a new one): leave {@code mixinStandardHelpOptions} out of
 * its {@code @Command} and add
 * <pre>
 *     &#64;Mixin
 *     DutchHelp help = new DutchHelp();
 * </pre>
 * picocli applies this class's {@code @Command} attributes (headings, version provider) to the
 * command the mixin is added to. {@code CommandLineTest} runs {@code --help} of every command
 * registered in {@link Vplan} (read from picocli, so a new command is covered without editing the
 * test) and fails on picocli's English texts.
 */
@Command(versionProvider = VersionProvider.class,
        synopsisHeading = "Gebruik: ",
        descriptionHeading = "",
        parameterListHeading = "Argumenten:%n",
        optionListHeading = "Opties:%n",
        commandListHeading = "%nCommando's:%n")
final class DutchHelp {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Toon deze hulptekst en stop.")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Toon de versie van vplan en stop.")
    boolean version;
}
