package nl.vplan.cli;

import java.io.PrintStream;
import java.util.function.ToIntFunction;
import nl.vplan.compose.SiteTemplates;
import nl.vplan.convert.AsciidocEngine;
import nl.vplan.pipeline.Pipeline;

/** Runs a task (a build, a check) with a pipeline whose Asciidoctor instance is created on first use and closed afterwards. */
final class Engines {

    private Engines() {
    }

    static int withPipeline(PrintStream out, PrintStream err, ToIntFunction<Pipeline> task) {
        AsciidocEngine.interpretOnly();
        AsciidocEngine[] engine = new AsciidocEngine[1];
        try {
            return task.applyAsInt(new Pipeline(() -> {
                if (engine[0] == null) {
                    engine[0] = new AsciidocEngine();
                }
                return engine[0];
            }, SiteTemplates.embedded(), out, err));
        } finally {
            if (engine[0] != null) {
                engine[0].close();
            }
        }
    }
}
