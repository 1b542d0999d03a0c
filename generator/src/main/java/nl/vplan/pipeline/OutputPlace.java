package nl.vplan.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether a build may write to its output folder without touching the content it is built from.
 * A board's own repository has its content at the top and builds into {@code site/} beside it, so an
 * output folder inside the content folder is fine, as long as it is not the content folder, a
 * school's folder or any folder that holds content files; the content folder must not lie inside
 * the output either. Paths are compared as the file system resolves them (symbolic links followed).
 */
final class OutputPlace {

    private OutputPlace() {
    }

    /** The Dutch reason why {@code out} is no place for the output of {@code content}, if it is not. */
    static Optional<String> problem(Path content, Path out) {
        if (out.toString().isBlank()) {
            return Optional.of("--out is leeg; geef een uitvoermap op, bijvoorbeeld --out site");
        }
        Path contentDir = real(content);
        Path outDir = real(out);
        if (contentDir.startsWith(outDir)) {
            return Optional.of(contentDir.equals(outDir)
                    ? "de uitvoermap " + out + " is de inhoudsmap zelf; kies een andere map met --out"
                    : "de inhoudsmap " + content + " ligt in de uitvoermap " + out + "; kies een andere map met --out");
        }
        if (!outDir.startsWith(contentDir)) {
            return Optional.empty();
        }
        Path inside = contentDir.relativize(outDir);
        if (inside.getName(0).toString().equals("scholen")) {
            return Optional.of("de uitvoermap " + out + " ligt in scholen/ van de inhoud; kies een andere map met --out");
        }
        Path folder = contentDir;
        for (Path name : inside) {
            folder = folder.resolve(name);
            if (holdsContentFiles(folder)) {
                return Optional.of("de uitvoermap " + out + " is een map met inhoud (" + contentDir.relativize(folder)
                        + "); kies een andere map met --out");
            }
        }
        return Optional.empty();
    }

    /** Whether a folder directly holds AsciiDoc or YAML (a build's output never does). */
    private static boolean holdsContentFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).anyMatch(n -> n.endsWith(".adoc") || n.endsWith(".yml") || n.endsWith(".yaml"));
        } catch (IOException e) {
            return false; // unreadable: the build reports it where it reads
        }
    }

    /** The absolute path with symbolic links of its existing part resolved. */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }
}
