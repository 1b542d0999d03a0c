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
import java.util.Map;

/**
 * The publish stage, the only one that touches the output folder. Each school's files are written
 * to a staging folder inside {@code <out>} first and then swapped in with renames, so a reader (or
 * a failed run) never sees half a school; other schools' output is left alone.
 */
public final class SitePublisher {

    private final Path out;

    public SitePublisher(Path out) {
        this.out = out.toAbsolutePath().normalize();
    }

    /** Replaces {@code <out>/<folder>/} by exactly {@code files} (paths relative to that folder). */
    public void replaceFolder(String folder, Map<String, byte[]> files) throws IOException {
        Files.createDirectories(out);
        Path staging = Files.createTempDirectory(out, ".vplan-nieuw-");
        try {
            Path fresh = staging.resolve("nieuw");
            write(fresh, files);
            Path target = out.resolve(folder);
            Path old = staging.resolve("oud");
            if (Files.exists(target)) {
                move(target, old);
            }
            try {
                move(fresh, target);
            } catch (IOException e) {
                if (Files.exists(old)) {
                    move(old, target);
                }
                throw e;
            }
        } finally {
            deleteTree(staging);
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
