package nl.vplan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import nl.vplan.pipeline.Pipeline;
import nl.vplan.start.NewRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code vplan nieuw}: a board's own content repository from zero ({@link NewRepository}). */
@Command(name = "nieuw",
        description = {"Maakt een nieuwe map met de inhoud voor een bestuur: kader.yml, velden.yml, hoofdstukken, "
                + "één voorbeeldschool, de schema's voor de editor, instellingen voor VS Code, een README en de pijplijn "
                + "(GitHub en GitLab) die controleert, bouwt en publiceert.",
                "De map moet nieuw of leeg zijn."})
final class NieuwCommand implements Callable<Integer> {

    @ParentCommand
    Vplan parent;

    @Mixin
    DutchHelp help = new DutchHelp();

    @Parameters(index = "0", paramLabel = "MAP", description = "De nieuwe (of lege) map.")
    Path target;

    @Option(names = "--bestuur", paramLabel = "NAAM",
            description = "Naam van het bestuur (standaard: " + NewRepository.DEFAULT_BOARD + ").")
    String board;

    @Option(names = "--voorbeeld", description = "Het complete voorbeeldbestuur met drie scholen, in plaats van het kleine begin.")
    boolean example;

    @Override
    public Integer call() throws IOException {
        if (board != null && board.isBlank()) {
            parent.runner.err().println("fout: --bestuur mag niet leeg zijn");
            return Pipeline.USAGE;
        }
        List<Path> written;
        try {
            written = NewRepository.create(target, board == null ? null : board.strip(), example);
        } catch (NewRepository.NotEmpty e) {
            parent.runner.err().println("fout: " + e.getMessage() + "; er is niets gewijzigd.");
            return Pipeline.USAGE;
        }
        parent.runner.out().printf("%s gemaakt: %d bestanden (%s).%n", target, written.size(),
                example ? "het voorbeeldbestuur" : "een klein begin met één voorbeeldschool");
        parent.runner.out().println("Volgende stappen:");
        parent.runner.out().println("  cd " + target);
        parent.runner.out().println("  vplan check                  controleert de inhoud");
        parent.runner.out().println("  vplan serve                  toont de sites terwijl u schrijft");
        parent.runner.out().println("  git init && git add . && git commit -m \"Begin\"   en zet de map op GitHub of GitLab; zie README.md");
        return Pipeline.OK;
    }
}
