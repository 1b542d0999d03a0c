package nl.vplan.load;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import nl.vplan.model.Problem;
import nl.vplan.model.SourceRef;

/**
 * Every file and folder of the content folder that this process may not read, as errors: a build
 * reads them all (the schools' input hashes cover every file), so an unreadable one, even one no
 * part uses, must be reported where it is rather than stop a build halfway. Hidden names
 * ({@code .git}, editor files) are not content and are left alone. Asks the operating system
 * (access(2)); reads no file.
 */
final class UnreadableFiles {

    private UnreadableFiles() {
    }

    static List<Problem> in(Path root) {
        List<Problem> problems = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (!dir.equals(root) && (hidden(dir) || Files.isDirectory(dir.resolve("_vplan")))) {
                        return FileVisitResult.SKIP_SUBTREE; // not content, or a build's output kept beside it
                    }
                    if (!Files.isReadable(dir) || !Files.isExecutable(dir)) {
                        problems.add(Problem.error(SourceRef.of(dir), "de map kan niet worden gelezen (geen leesrechten);"
                                + " maak haar leesbaar of haal haar uit de inhoudsmap"));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!hidden(file) && attrs.isRegularFile() && !Files.isReadable(file)) {
                        problems.add(Problem.error(SourceRef.of(file), "het bestand kan niet worden gelezen (geen leesrechten);"
                                + " maak het leesbaar of haal het uit de inhoudsmap"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    problems.add(Problem.error(SourceRef.of(file), Files.isDirectory(file)
                            ? "de map kan niet worden gelezen (geen leesrechten); maak haar leesbaar of haal haar uit de inhoudsmap"
                            : "kan niet worden gelezen; maak het leesbaar of haal het uit de inhoudsmap"));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            problems.add(Problem.error(SourceRef.of(root), "de inhoudsmap kan niet worden gelezen"));
        }
        return problems;
    }

    private static boolean hidden(Path path) {
        return path.getFileName() != null && path.getFileName().toString().startsWith(".");
    }
}
