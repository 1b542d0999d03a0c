package nl.vplan.fill;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes a set of files so that each is either its old or its new self, never half-written: every
 * new text goes to a temporary file beside its target first, and only when all are written are they
 * renamed into place, keeping the permissions the file had. A removal is done last.
 */
final class AtomicFiles {

    private final Map<Path, String> writes = new LinkedHashMap<>();
    private final List<Path> removals = new ArrayList<>();

    void write(Path target, String text) {
        writes.put(target, text);
    }

    void remove(Path target) {
        removals.add(target);
    }

    /** Every file this writes or removes. */
    List<Path> targets() {
        List<Path> targets = new ArrayList<>(writes.keySet());
        targets.addAll(removals);
        return List.copyOf(targets);
    }

    /**
     * A new empty file beside {@code target}, to be renamed over it: with the permissions of the
     * file it replaces, or for a new file those the umask gives. ({@code Files.createTempFile} makes
     * it 0600, and a school.yml saved from the browser would then be unreadable for the rest of the team.)
     */
    static Path besides(Path target, String suffix) throws IOException {
        Path temp = target.resolveSibling(".vplan-" + UUID.randomUUID() + suffix);
        Files.createFile(temp);
        if (Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
                && Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target, LinkOption.NOFOLLOW_LINKS));
        }
        return temp;
    }

    void commit() throws IOException {
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (var entry : writes.entrySet()) {
                Path dir = entry.getKey().getParent();
                Files.createDirectories(dir);
                Path temp = besides(entry.getKey(), ".tmp");
                staged.put(entry.getKey(), temp);
                Files.writeString(temp, entry.getValue(), StandardCharsets.UTF_8);
            }
            for (var entry : staged.entrySet()) {
                Files.move(entry.getValue(), entry.getKey(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            for (Path target : removals) {
                Files.deleteIfExists(target);
            }
        } finally {
            for (Path temp : staged.values()) {
                Files.deleteIfExists(temp);
            }
        }
    }
}
