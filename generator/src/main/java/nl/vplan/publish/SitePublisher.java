package nl.vplan.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;

/**
 * The publish stage, the only one that touches the output folder. Each school's files are written
 * to a staging folder inside {@code <out>} first and then swapped in with renames, so a reader (or
 * a failed run) never sees half a school; other schools' output is left alone.
 */
public final class SitePublisher {

    private final Path out;
    private final boolean existed;

    public SitePublisher(Path out) {
        this.out = out.toAbsolutePath().normalize();
        this.existed = Files.exists(this.out);
    }

    /** A school's new folder, written in full beside the output and not yet visible. */
    public record Staged(String folder, Path staging) {
    }

    /** Writes {@code files} into a staging folder inside {@code <out>}; {@link #commit} swaps it in. */
    public Staged stage(String folder, Map<String, byte[]> files) throws IOException {
        Files.createDirectories(out);
        Path staging = Files.createTempDirectory(out, ".vplan-nieuw-");
        try {
            write(staging.resolve("nieuw"), files);
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
        return new Staged(folder, staging);
    }

    /** Swaps every staged folder in, one rename each, and removes what they replaced. */
    public void commit(List<Staged> staged) throws IOException {
        try {
            for (Staged s : staged) {
                Path target = out.resolve(s.folder());
                Path old = s.staging().resolve("oud");
                if (Files.exists(target)) {
                    move(target, old);
                }
                try {
                    move(s.staging().resolve("nieuw"), target);
                } catch (IOException e) {
                    if (Files.exists(old)) {
                        move(old, target);
                    }
                    throw e;
                }
            }
        } finally {
            staged.forEach(s -> deleteTree(s.staging()));
        }
    }

    /** Removes staged folders that will not be used (a build that failed after staging). */
    public void discard(List<Staged> staged) {
        staged.forEach(s -> deleteTree(s.staging()));
        try {
            if (!existed) {
                Files.deleteIfExists(out); // only when empty: a failed first build leaves no folder behind
            }
        } catch (IOException e) {
            // not empty (something else was written meanwhile): leave it
        }
    }

    /** Writes single files directly under {@code <out>} (the site's start page and its assets), each by an atomic rename. */
    public void replaceFiles(Map<String, byte[]> files) throws IOException {
        Files.createDirectories(out);
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path target = safeResolve(out, e.getKey());
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), ".vplan-", ".tmp");
            Files.write(temp, e.getValue());
            move(temp, target);
        }
    }

    private static void write(Path root, Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path file = safeResolve(root, e.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, e.getValue());
        }
    }

    private static Path safeResolve(Path root, String relative) {
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("pad buiten de uitvoermap: " + relative);
        }
        return file;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("kan tijdelijke map niet opruimen: " + root, e);
        }
    }
}
