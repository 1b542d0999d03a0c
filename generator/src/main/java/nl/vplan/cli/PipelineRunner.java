package nl.vplan.cli;

import java.io.PrintStream;
import java.util.function.ToIntFunction;
import nl.vplan.pipeline.Pipeline;

/**
 * Where the commands send their output and how they get a {@link Pipeline}. The command line uses
 * {@link #standard()}; tests pass one that shares a warm Asciidoctor and captures the output.
 */
public interface PipelineRunner {

    PrintStream out();

    PrintStream err();

    int run(ToIntFunction<Pipeline> task);

    /** System.out and System.err, with an Asciidoctor created on first use and closed at the end. */
    static PipelineRunner standard() {
        return new PipelineRunner() {
            @Override
            public PrintStream out() {
                return System.out;
            }

            @Override
            public PrintStream err() {
                return System.err;
            }

            @Override
            public int run(ToIntFunction<Pipeline> task) {
                return Engines.withPipeline(out(), err(), task);
            }
        };
    }
}
