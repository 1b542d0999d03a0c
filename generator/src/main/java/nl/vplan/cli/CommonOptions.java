package nl.vplan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by {@code build} and {@code check}. */
final class CommonOptions {

    @Option(names = "--content", paramLabel = "MAP", defaultValue = "content",
            description = "Map met kader.yml, velden.yml en scholen/ (standaard: ${DEFAULT-VALUE}, of de huidige map"
                    + " als daar kader.yml staat).")
    Path content;

    /** The content folder: as given, or the current folder when the default is absent and this is a board's own folder. */
    Path content() {
        return orHere(content);
    }

    /**
     * A board's repository made by {@code vplan nieuw} has its content at the top: there {@code vplan
     * check} works without {@code --content .}.
     */
    static Path orHere(Path content) {
        if (content.equals(Path.of("content")) && !java.nio.file.Files.isRegularFile(content.resolve("kader.yml"))
                && java.nio.file.Files.isRegularFile(Path.of("kader.yml"))) {
            return Path.of(".");
        }
        return content;
    }

    @Option(names = "--school", paramLabel = "ID",
            description = "Alleen deze school (mag vaker). Standaard: alle scholen.")
    List<String> schools = new ArrayList<>();
}
