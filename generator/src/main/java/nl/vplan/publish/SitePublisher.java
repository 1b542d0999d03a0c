package nl.vplan.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.UUID;
import java.util.stream.Stream;
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

    private static final String STAGING = ".vplan-nieuw-";
    private static final String TEMP = ".vplan-";
    /** The file in a staging folder that names the school folder it replaces. */
    private static final String TARGET = "doel";

    private final Path out;
    private final boolean existed;
    private boolean abandoned;

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
        Path staging = Files.createTempDirectory(out, STAGING);
        try {
            Files.writeString(staging.resolve(TARGET), folder, StandardCharsets.UTF_8); // for recover(), after a kill mid-swap
            write(staging.resolve("nieuw"), files);
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
        return new Staged(folder, staging);
    }

    /**
     * Why the staged folders and the single files could not all be put in place, checked before the
     * first swap, so that a failure changes nothing: a school's name taken by a file, a file's name
     * by a folder, or a folder on a file's path taken by a file.
     */
    public List<String> obstacles(List<Staged> staged, Collection<String> files) {
        List<String> obstacles = new ArrayList<>();
        for (Staged s : staged) {
            Path target = out.resolve(s.folder());
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                obstacles.add(target + " is geen map");
            }
        }
        for (String file : files) {
            Path target = safeResolve(out, file);
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                obstacles.add(target + " is een map");
            }
            for (Path dir = target.getParent(); dir != null && dir.startsWith(out) && !dir.equals(out); dir = dir.getParent()) {
                if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                    obstacles.add(dir + " is geen map");
                }
            }
        }
        return obstacles.stream().distinct().toList();
    }

    /**
     * Cleans up after a build that did not finish (killed, interrupted, disk full): a staging folder
     * whose swap was cut off between its two renames puts the old school folder back; every other
     * staging folder and temporary file is removed. Call it before staging anything.
     */
    public synchronized void recover() throws IOException {
        if (!Files.isDirectory(out)) {
            return;
        }
        List<Path> leftovers;
        try (Stream<Path> list = Files.list(out)) {
            leftovers = list.filter(p -> leftover(p.getFileName().toString())).toList();
        }
        for (Path leftover : leftovers) {
            Path old = leftover.resolve("oud");
            Path targetFile = leftover.resolve(TARGET);
            if (Files.isDirectory(old) && Files.isRegularFile(targetFile)) {
                Path target = safeResolve(out, Files.readString(targetFile, StandardCharsets.UTF_8));
                if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    move(old, target);
                }
            }
            deleteTree(leftover);
        }
        Path assets = out.resolve("_vplan");
        if (Files.isDirectory(assets, LinkOption.NOFOLLOW_LINKS)) {
            try (Stream<Path> list = Files.list(assets)) {
                for (Path p : list.filter(p -> leftover(p.getFileName().toString())).toList()) {
                    deleteTree(p);
                }
            }
        }
    }

    /** Whether a name in the output folder is a staging folder or temporary file of this class. */
    public static boolean leftover(String name) {
        return name.startsWith(STAGING) || name.startsWith(TEMP) && name.endsWith(".tmp");
    }

    /**
     * Removes the staged folders of a build that is being stopped (Ctrl+C). Waits for a swap in
     * progress to end, so a school is never left half swapped; afterwards {@link #commit} does nothing.
     */
    public synchronized void abandon(List<Staged> staged) {
        abandoned = true;
        for (Staged s : List.copyOf(staged)) {
            try {
                deleteTree(s.staging());
            } catch (UncheckedIOException e) {
                // still being written by a worker: the next build's recover() removes it
            }
        }
    }

    /** Swaps every staged folder in, one rename each, and removes what they replaced. */
    public synchronized void commit(List<Staged> staged) throws IOException {
        if (abandoned) {
            throw new IOException("de build is afgebroken");
        }
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
            // the earlier versions go side by side: thousands of files for a board
            staged.parallelStream().forEach(s -> deleteTree(s.staging()));
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
    public synchronized void replaceFiles(Map<String, byte[]> files) throws IOException {
        Files.createDirectories(out);
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path target = safeResolve(out, e.getKey());
            Files.createDirectories(target.getParent());
            // not Files.createTempFile: its mode 0600 would stay on the file; a new file follows the umask
            Path temp = target.resolveSibling(TEMP + UUID.randomUUID() + ".tmp");
            try {
                Files.write(temp, e.getValue(), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    private static void write(Path root, Map<String, byte[]> files) throws IOException {
        java.util.Set<Path> made = new java.util.HashSet<>(); // a folder is made once, not asked after for each of its files
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path file = safeResolve(root, e.getKey());
            if (made.add(file.getParent())) {
                Files.createDirectories(file.getParent());
            }
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
