package nl.vplan.cli;

import io.javalin.util.JavalinBindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import nl.vplan.compose.SiteTemplates;
import nl.vplan.convert.AsciidocEngine;
import nl.vplan.pipeline.Stages;
import nl.vplan.serve.PreviewServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code vplan serve}: live preview on 127.0.0.1 while a writer edits. */
@Command(name = "serve",
        description = "Toont de sites live op http://127.0.0.1:POORT/ en vernieuwt bij elke wijziging.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    DutchHelp help = new DutchHelp();

    @ParentCommand
    Vplan parent;

    @Option(names = "--content", paramLabel = "MAP", defaultValue = "content",
            description = "Map met kader.yml, velden.yml en scholen/ (standaard: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", converter = PortConverter.class, description = "Poort (standaard: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--templates", paramLabel = "MAP",
            description = "Eigen sjablonen (standaard: site-templates naast de inhoudsmap, als die bestaat).")
    Path templates;

    @Override
    public Integer call() throws Exception {
        java.io.PrintStream err = parent.runner.err();
        content = CommonOptions.orHere(content);
        if (!Files.isDirectory(content)) {
            err.println("fout: de inhoudsmap " + content + " bestaat niet");
            return 1;
        }
        if (templates != null && !Files.isDirectory(templates)) {
            err.println("fout: de sjablonenmap " + templates + " bestaat niet (--templates)");
            return 2;
        }
        Path templateDir = templates != null ? templates
                : content.toAbsolutePath().normalize().resolveSibling("site-templates");
        Optional<Path> overrides = Files.isDirectory(templateDir) ? Optional.of(templateDir) : Optional.empty();
        if (!PreviewServer.canListenOn(port)) {
            err.println(portInUse());
            return 2;
        }
        List<Path> watched = new ArrayList<>(List.of(content.toAbsolutePath().normalize()));
        overrides.ifPresent(watched::add);
        try (AsciidocEngine engine = new AsciidocEngine();
             PreviewServer server = new PreviewServer(content, watched, new Stages(() -> engine, new SiteTemplates(overrides)))) {
            int actual;
            try {
                actual = server.start(port);
            } catch (JavalinBindException e) {
                err.println(portInUse()); // taken since it was checked
                return 2;
            }
            server.problems().forEach(p -> err.println(p.format()));
            parent.runner.out().println("Voorbeeld op http://127.0.0.1:" + actual + "/ (stoppen met Ctrl+C)");
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return 0;
    }

    private String portInUse() {
        return "fout: poort " + port + " is al in gebruik; kies een andere met --port";
    }
}
