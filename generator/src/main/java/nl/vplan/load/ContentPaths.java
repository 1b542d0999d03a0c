package nl.vplan.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Resolves a path named in content against a folder, refusing anything that leaves that folder. */
public final class ContentPaths {

    private ContentPaths() {
    }

    /**
     * The file {@code relative} names inside {@code folder}, or empty when it is absolute or reaches
     * outside the folder (also through a symbolic link).
     */
    public static Optional<Path> inside(Path folder, String relative) {
        try {
            Path base = folder.toAbsolutePath().normalize();
            Path given = Path.of(relative);
            if (given.isAbsolute()) {
                return Optional.empty();
            }
            Path resolved = base.resolve(given).normalize();
            if (!resolved.startsWith(base)) {
                return Optional.empty();
            }
            if (Files.exists(resolved) && !resolved.toRealPath().startsWith(base.toRealPath())) {
                return Optional.empty();
            }
            return Optional.of(resolved);
        } catch (InvalidPathException | IOException e) {
            return Optional.empty();
        }
    }
}
