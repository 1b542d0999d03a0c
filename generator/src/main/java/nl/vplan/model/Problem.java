package nl.vplan.model;

/**
 * One thing wrong (or doubtful) in the content, in Dutch, with the place it was found.
 * Stages collect problems instead of throwing, so that one run reports all of them.
 */
public record Problem(Severity severity, SourceRef where, String message) {

    public enum Severity {
        FOUT("fout"), WAARSCHUWING("waarschuwing");

        private final String label;

        Severity(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public static Problem error(SourceRef where, String message) {
        return new Problem(Severity.FOUT, where, message);
    }

    public static Problem warning(SourceRef where, String message) {
        return new Problem(Severity.WAARSCHUWING, where, message);
    }

    public boolean isError() {
        return severity == Severity.FOUT;
    }

    /** {@code content/kader.yml:12: fout: ...}, the shape compilers use, so editors can jump to it. */
    public String format() {
        return where.display() + ": " + severity.label() + ": " + message;
    }
}
