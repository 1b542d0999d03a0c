package nl.vplan.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevTree;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.AndTreeFilter;
import org.eclipse.jgit.treewalk.filter.PathFilter;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * The git history of a content folder that is its own repository (the root of a work tree, as a
 * board's content repository is), read with JGit: since which commit a document has had its
 * {@code versie}, and which of its files differ from that commit now. A folder inside another
 * repository, a shallow clone or any error of JGit gives no answer, never an exception.
 */
public final class ContentHistory implements AutoCloseable {

    private static final String KADER = "kader.yml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Repository repository;
    private final Path root;

    private ContentHistory(Repository repository, Path root) {
        this.repository = repository;
        this.root = root;
    }

    /** The commit since which a document has its current version: the oldest of the latest run that has it. */
    public record Since(String commit, LocalDate date) {

        public String shortCommit() {
            return commit.substring(0, 7);
        }
    }

    /** The history of {@code contentRoot} when it is the root of a git work tree with full history; else empty. */
    public static Optional<ContentHistory> open(Path contentRoot) {
        Path root = contentRoot.toAbsolutePath().normalize();
        if (!Files.exists(root.resolve(Constants.DOT_GIT))) {
            return Optional.empty();
        }
        Repository repository = null;
        try {
            repository = new FileRepositoryBuilder().setWorkTree(root.toFile()).setMustExist(true).build();
            boolean ownRoot = !repository.isBare()
                    && repository.getWorkTree().toPath().toRealPath().equals(root.toRealPath());
            if (ownRoot && repository.getObjectDatabase().getShallowCommits().isEmpty()
                    && repository.resolve(Constants.HEAD) != null) {
                return Optional.of(new ContentHistory(repository, root));
            }
        } catch (IOException | RuntimeException e) {
            // not a repository vplan can read: no history
        }
        if (repository != null) {
            repository.close();
        }
        return Optional.empty();
    }

    /**
     * Walks the commits that changed kader.yml, newest first, for the oldest one of the latest run in
     * which document {@code id} has version {@code versie}; empty when HEAD does not have it (the
     * version was set but not committed yet) or the history cannot be read.
     */
    public Optional<Since> since(String id, String versie) {
        try (RevWalk walk = new RevWalk(repository)) {
            walk.markStart(walk.parseCommit(repository.resolve(Constants.HEAD)));
            walk.setTreeFilter(AndTreeFilter.create(PathFilter.create(KADER), TreeFilter.ANY_DIFF));
            RevCommit since = null;
            for (RevCommit commit : walk) {
                if (!versie.equals(versionIn(commit.getTree(), id))) {
                    break;
                }
                since = commit;
            }
            return Optional.ofNullable(since).map(c -> new Since(c.name(),
                    LocalDate.ofInstant(Instant.ofEpochSecond(c.getCommitTime()), ZoneId.systemDefault())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Those of {@code files} (inside the content folder) whose text now differs from the one in {@code since}. */
    public List<Path> changedSince(Since since, List<Path> files) {
        List<Path> changed = new ArrayList<>();
        try (RevWalk walk = new RevWalk(repository)) {
            RevTree tree = walk.parseCommit(ObjectId.fromString(since.commit())).getTree();
            for (Path file : files) {
                Path relative = root.relativize(file.toAbsolutePath().normalize());
                if (Files.isRegularFile(file) && !relative.startsWith("..")) {
                    byte[] then = blob(tree, relative.toString().replace('\\', '/'));
                    if (then == null || !sameText(then, Files.readAllBytes(file))) {
                        changed.add(relative);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        return changed;
    }

    private String versionIn(RevTree tree, String id) throws IOException {
        byte[] kader = blob(tree, KADER);
        if (kader == null) {
            return null;
        }
        try {
            for (JsonNode document : YAML.readTree(kader).path("documenten")) {
                if (id.equals(document.path("id").asText())) {
                    return document.path("versie").asText("").strip();
                }
            }
        } catch (IOException e) {
            // a kader.yml that did not parse then: its version is unknown
        }
        return null;
    }

    private byte[] blob(RevTree tree, String path) throws IOException {
        try (TreeWalk entry = TreeWalk.forPath(repository, path, tree)) {
            return entry == null ? null : repository.open(entry.getObjectId(0)).getBytes();
        }
    }

    /** Equal as text, whatever the line ends (a work tree may have CRLF where git stores LF). */
    private static boolean sameText(byte[] a, byte[] b) {
        return Arrays.equals(a, b) || lf(a).equals(lf(b));
    }

    private static String lf(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).replace("\r\n", "\n");
    }

    @Override
    public void close() {
        repository.close();
    }
}
