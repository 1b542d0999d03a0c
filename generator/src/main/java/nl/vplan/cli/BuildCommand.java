package nl.vplan.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import nl.vplan.model.Klasse;
import nl.vplan.pipeline.BuildRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;

/** {@code vplan build}: renders the site of each school into {@code --out}. */
@Command(name = "build",
        description = "Bouwt per school de site met het veiligheidsplan.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    DutchHelp help = new DutchHelp();

    @ParentCommand
    Vplan parent;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Option(names = "--out", paramLabel = "MAP", defaultValue = "site",
            description = "Uitvoermap (standaard: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--edition", paramLabel = "EDITIE", defaultValue = "intern", converter = EditionConverter.class,
            description = "openbaar, intern of vertrouwelijk (standaard: ${DEFAULT-VALUE}): wat hoger geclassificeerd is, blijft weg.")
    Klasse edition;

    @Option(names = "--strict", description = "Open invullingen en waarschuwingen tellen als fout (exitstatus 1).")
    boolean strict;

    @Option(names = "--no-pdf", description = "Sla het PDF-handboek over.")
    boolean noPdf;

    @Option(names = "--force", description = "Maak alles opnieuw, ook een PDF waarvan niets veranderde.")
    boolean force;

    @Option(names = "--vergelijk", paramLabel = "VERSIE",
            description = "Toon per school en document wat er gewijzigd is sinds een eerdere versie: een git-revisie van de"
                    + " inhoud (een tag, een commit, HEAD~1) of een map met de eerdere inhoud.")
    String compareWith;

    @Option(names = "--los", description = "Geef elke schoolmap een eigen kopie van de opmaak en scripts, zodat een schoolmap"
            + " ook werkt als hij alleen wordt gekopieerd (bijvoorbeeld naar het intranet van de school).")
    boolean standalone;

    @Override
    public Integer call() {
        BuildRequest request = new BuildRequest(common.content(), out, common.schools, edition, strict, !noPdf, force,
                java.util.Optional.ofNullable(compareWith), standalone);
        return parent.runner.run(p -> p.build(request));
    }
}
