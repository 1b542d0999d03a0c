package nl.vplan.model;

import java.nio.file.Path;

/**
 * A place in a content file: the file and a 1-based line (0 when the line is unknown).
 * Every loaded value keeps one, so that a message can say where the problem is.
 */
public record SourceRef(Path file, int line) {

    public static SourceRef of(Path file) {
        return new SourceRef(file, 0);
    }

    /** The place as users read it, {@code content/kader.yml:12}, relative to the working folder when possible. */
    public String display() {
        String name = displayPath(file);
        return line > 0 ? name + ":" + line : name;
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
