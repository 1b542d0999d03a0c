package nl.vplan.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * An earlier version of the content to compare with ({@code build --vergelijk}): a folder with an
 * earlier content tree, or a git revision of the repository the content folder is in (a tag, a
 * commit, {@code HEAD~3}), read with JGit into a temporary folder without touching the work tree.
 * Closing removes that temporary folder.
 */
public final class EarlierContent implements AutoCloseable {

    /** The earlier content, or why the argument names none (a usage error, in Dutch). */
    public record Opened(Optional<EarlierContent> content, String problem) {
    }

    private final Path dir;
    private final String label;
    private final boolean temporary;

    private EarlierContent(Path dir, String label, boolean temporary) {
        this.dir = dir;
        this.label = label;
        this.temporary = temporary;
    }

    /** The folder with the earlier content tree. */
    public Path dir() {
        return dir;
    }

    /** How a reader names it: "revisie veiligheidsplan-3.0 (1a2b3c4)", "de map vorig-jaar". */
    public String label() {
        return label;
    }

    /** Opens {@code ref}: a folder (when one exists by that name) or a git revision of the content's repository. */
    public static Opened open(Path contentRoot, String ref) {
        Path folder = Path.of(ref);
        if (Files.isDirectory(folder)) {
            if (!Files.isRegularFile(folder.resolve("kader.yml"))) {
                return refused("de map '" + ref + "' is geen inhoudsmap: kader.yml ontbreekt");
            }
            return new Opened(Optional.of(new EarlierContent(folder.toAbsolutePath().normalize(),
                    "de versie in de map " + folder.toAbsolutePath().normalize().getFileName(), false)), "");
        }
        Path root = contentRoot.toAbsolutePath().normalize();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(root.toFile());
        if (builder.getGitDir() == null) {
            return refused("'" + ref + "' is geen map, en de inhoudsmap " + root.getFileName()
                    + " staat niet in een git-repository; geef een map met de eerdere inhoud, of zet de inhoud in git");
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            ObjectId id = resolve(repository, ref);
            if (id == null) {
                return refused("onbekende git-revisie '" + ref + "' in " + repository.getWorkTree().getName()
                        + "; geef een tag, een commit of bijvoorbeeld HEAD~1");
            }
            String prefix = repository.getWorkTree().toPath().toRealPath().relativize(root.toRealPath()).toString().replace('\\', '/');
            Path target = Files.createTempDirectory("vplan-vergelijk");
            try (RevWalk walk = new RevWalk(repository)) {
                RevCommit commit = walk.parseCommit(id);
                int files = extract(repository, commit, prefix, target);
                if (files == 0 || !Files.isRegularFile(target.resolve("kader.yml"))) {
                    delete(target);
                    return refused("in git-revisie '" + ref + "' staat geen inhoud" + (prefix.isEmpty() ? "" : " in " + prefix)
                            + " (kader.yml ontbreekt)");
                }
                String abbreviated = commit.abbreviate(7).name();
                String name = ref.equals(abbreviated) ? ref : ref + " (" + abbreviated + ")";
                return new Opened(Optional.of(new EarlierContent(target, "revisie " + name, true)), "");
            }
        } catch (IOException | RevisionSyntaxException e) {
            return refused("kan git-revisie '" + ref + "' niet lezen: " + e.getMessage());
        }
    }

    private static ObjectId resolve(Repository repository, String ref) throws IOException {
        try {
            return repository.resolve(ref + "^{commit}");
        } catch (org.eclipse.jgit.errors.AmbiguousObjectException | org.eclipse.jgit.errors.IncorrectObjectTypeException e) {
            return null;
        }
    }

    /** Writes the files under {@code prefix} of {@code commit} into {@code target}; returns how many. */
    private static int extract(Repository repository, RevCommit commit, String prefix, Path target) throws IOException {
        int count = 0;
        try (TreeWalk tree = new TreeWalk(repository)) {
            tree.addTree(commit.getTree());
            tree.setRecursive(true);
            if (!prefix.isEmpty()) {
                tree.setFilter(PathFilter.create(prefix));
            }
            while (tree.next()) {
                if (tree.getFileMode(0) != FileMode.REGULAR_FILE && tree.getFileMode(0) != FileMode.EXECUTABLE_FILE) {
                    continue; // links and submodules are no content
                }
                String path = tree.getPathString();
                String inside = prefix.isEmpty() ? path : path.substring(prefix.length() + 1);
                Path file = target.resolve(inside).normalize();
                if (!file.startsWith(target)) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                Files.write(file, repository.open(tree.getObjectId(0)).getBytes());
                count++;
            }
        }
        return count;
    }

    private static Opened refused(String problem) {
        return new Opened(Optional.empty(), problem);
    }

    @Override
    public void close() {
        if (temporary) {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
