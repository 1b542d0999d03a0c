package nl.vplan.pipeline;

import java.io.PrintStream;

/**
 * A one-line progress bar for builds of several schools: schools done of the total, the school
 * just finished and the time so far, redrawn in place. Silent when the output is not a terminal
 * (CI logs, tests), where a line per school would only be noise.
 */
final class Progress {

    private final PrintStream err;
    private final boolean terminal;
    private final int total;
    private final long start = System.nanoTime();
    private int done;

    Progress(PrintStream err, boolean terminal, int total) {
        this.err = err;
        this.terminal = terminal && total > 1;
        this.total = total;
    }

    static boolean onTerminal() {
        return System.console() != null;
    }

    synchronized void finished(String school) {
        done++;
        if (!terminal) {
            return;
        }
        int width = 24;
        int filled = done * width / total;
        err.printf("\r[%s%s] %d/%d  %-28.28s %5.1f s", "#".repeat(filled), " ".repeat(width - filled), done, total,
                school, (System.nanoTime() - start) / 1e9);
        if (done == total) {
            err.print("\r" + " ".repeat(width + 50) + "\r");
        }
        err.flush();
    }
}
