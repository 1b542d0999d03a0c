package nl.vplan.fill;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a set of files so that each is either its old or its new self, never half-written: every
 * new text goes to a temporary file beside its target first, and only when all are written are they
 * renamed into place. A removal is done last.
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

    void commit() throws IOException {
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            for (var entry : writes.entrySet()) {
                Path dir = entry.getKey().getParent();
                Files.createDirectories(dir);
                Path temp = Files.createTempFile(dir, ".vplan-", ".tmp");
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
