package nl.vplan.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import nl.vplan.model.Content;
import nl.vplan.model.Framework;
import nl.vplan.model.Problem;
import nl.vplan.model.School;
import nl.vplan.model.SourceRef;

/**
 * The load stage's front door: reads a content folder ({@code kader.yml}, {@code velden.yml},
 * {@code scholen/*}/school.yml) into {@link Content}, with every problem found on the way.
 */
public final class ContentLoader {

    private ContentLoader() {
    }

    /** What loading produced: the content (absent when the framework itself could not be read) and the problems. */
    public record Result(Optional<Content> content, List<Problem> problems) {

        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    public static Result load(Path contentRoot) {
        List<Problem> problems = new ArrayList<>();
        Path root = contentRoot.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            problems.add(Problem.error(SourceRef.of(root), "de inhoudsmap bestaat niet"));
            return new Result(Optional.empty(), problems);
        }
        problems.addAll(UnreadableFiles.in(root));
        Optional<Framework> framework = new FrameworkLoader(root, problems).load();
        Optional<Content> content = framework.map(f -> new Content(f, schools(f, problems)));
        return new Result(content, List.copyOf(problems));
    }

    /**
     * The school in {@code schoolDir} as a new text of its school.yml would make it, with every
     * problem {@code check} would report (located in that text), before anything is written.
     */
    public static SchoolResult school(Framework framework, Path schoolDir, String schoolYml) {
        List<Problem> problems = new ArrayList<>();
        Optional<School> school = new SchoolLoader(framework, problems).load(schoolDir, schoolYml);
        return new SchoolResult(school, List.copyOf(problems));
    }

    /** A school read from a text, and the problems in it. */
    public record SchoolResult(Optional<School> school, List<Problem> problems) {

        public Optional<Problem> firstError() {
            return problems.stream().filter(Problem::isError).findFirst();
        }
    }

    private record Loaded(Optional<School> school, List<Problem> problems) {
    }

    private static List<School> schools(Framework framework, List<Problem> problems) {
        Path dir = framework.contentRoot().resolve("scholen");
        if (!Files.isDirectory(dir)) {
            problems.add(Problem.warning(SourceRef.of(dir), "er zijn nog geen scholen (map 'scholen' ontbreekt)"));
            return List.of();
        }
        List<Path> dirs;
        try (Stream<Path> entries = Files.list(dir)) {
            dirs = entries.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            problems.add(Problem.error(SourceRef.of(dir), "kan de map niet lezen: " + e.getMessage()));
            return List.of();
        }
        // schools are read side by side (a board may have hundreds), each with its own problems, kept in order
        List<Loaded> loaded = dirs.parallelStream().map(schoolDir -> {
            List<Problem> found = new ArrayList<>();
            if (!Files.isRegularFile(schoolDir.resolve("school.yml"))) {
                found.add(Problem.warning(SourceRef.of(schoolDir), "map zonder school.yml wordt overgeslagen"));
                return new Loaded(Optional.empty(), found);
            }
            return new Loaded(new SchoolLoader(framework, found).load(schoolDir), found);
        }).toList();
        List<School> schools = new ArrayList<>();
        for (Loaded school : loaded) {
            problems.addAll(school.problems());
            school.school().ifPresent(schools::add);
        }
        return List.copyOf(schools);
    }
}
