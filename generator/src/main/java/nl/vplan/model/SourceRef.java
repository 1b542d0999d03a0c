package nl.vplan.model;

import java.nio.file.Path;

/**
 * A place in a content file: the file, a 1-based line and column (0 when unknown).
 * Every loaded value keeps one, so that a message can say where the problem is.
 */
public record SourceRef(Path file, int line, int column) {

    public SourceRef(Path file, int line) {
        this(file, line, 0);
    }

    public static SourceRef of(Path file) {
        return new SourceRef(file, 0, 0);
    }

    /** The same line, at a 1-based column. */
    public SourceRef column(int at) {
        return new SourceRef(file, line, at);
    }

    /** The place as users read it, {@code content/kader.yml:12:3}, relative to the working folder when possible. */
    public String display() {
        String name = displayPath(file);
        return line <= 0 ? name : column <= 0 ? name + ":" + line : name + ":" + line + ":" + column;
    }

    /** The file alone as users read it, {@code content/kader.yml} (as in {@link #display()}). */
    public String displayFile() {
        return displayPath(file);
    }

    static String displayPath(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        String shown = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
        return shown.replace('\\', '/');
    }

    @Override
    public String toString() {
        return display();
    }
}
