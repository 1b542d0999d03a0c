package nl.vplan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by {@code build} and {@code check}. */
final class CommonOptions {

    @Option(names = "--content", paramLabel = "MAP", defaultValue = "content",
            description = "Map met kader.yml, velden.yml en scholen/ (standaard: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--school", paramLabel = "ID",
            description = "Alleen deze school (mag vaker). Standaard: alle scholen.")
    List<String> schools = new ArrayList<>();
}
