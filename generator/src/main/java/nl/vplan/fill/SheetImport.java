package nl.vplan.fill;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.vplan.check.DomainRules;
import nl.vplan.load.ContentLoader;
import nl.vplan.model.Content;

/**
 * Reads the board's spreadsheet back into the schools' school.yml files: every cell checked first
 * (all problems reported, each at its cell), then every school's changes tried with
 * {@link SchoolUpdate} without writing, and only when nothing at all is wrong written, school by school.
 */
public final class SheetImport {

    /** A problem at a cell ("Velden!F14"; "" for the whole file). */
    public record Problem(String cell, String message) {

        /** {@code velden.xlsx:Velden!F14: fout: …}, the shape of check's problems. */
        public String format(String file) {
            return file + (cell.isEmpty() ? "" : ":" + cell) + ": fout: " + message;
        }
    }

    /**
     * What the import gave: problems and nothing written, or the changes written per school (an
     * empty list: nothing changed) and the warnings {@code check} now gives the changed schools
     * (a required role left empty, too few BHV'ers), as check formats them.
     */
    public record Result(List<Problem> problems, Map<String, List<String>> changes, List<String> warnings) {

        public boolean failed() {
            return !problems.isEmpty();
        }
    }

    private final Content content;

    public SheetImport(Content content) {
        this.content = content;
    }

    /** Reads {@code file}; {@link NotAWorkbook} when it is no spreadsheet at all. */
    public Result run(Path file) throws IOException, NotAWorkbook {
        FillInSheetReader.Read read = new FillInSheetReader(content).read(file);
        List<Problem> problems = new ArrayList<>();
        problems.addAll(read.problems());
        if (!problems.isEmpty()) {
            return new Result(problems, Map.of(), List.of());
        }
        SchoolUpdate update = new SchoolUpdate(content.framework());
        Map<String, Path> dirs = new LinkedHashMap<>();
        for (var school : read.changes().entrySet()) {
            Optional<Path> dir = update.schoolDir(school.getKey());
            if (dir.isEmpty()) {
                problems.add(located(read.cellOf(school.getKey(), null), "de map van school " + school.getKey() + " is niet gevonden"));
                continue;
            }
            SchoolUpdate.Outcome tried = update.apply(dir.get(), school.getValue(), false);
            tried.refusal().ifPresent(refusal -> problems.add(located(read.cellOf(school.getKey(), refusal.item()),
                    "school " + school.getKey() + (refusal.item() == null ? "" : ", " + refusal.item()) + ": " + refusal.message())));
            if (!tried.changes().isEmpty()) {
                dirs.put(school.getKey(), dir.get()); // a school without changes is not written again
                String made = read.fingerprints().get(school.getKey());
                if (made != null && !made.equals(SheetLayout.fingerprint(dir.get()))) {
                    problems.add(located(read.cellOf(school.getKey(), null), "school " + school.getKey()
                            + ": school.yml is gewijzigd nadat deze invulsheet is gemaakt; inlezen zou die wijzigingen"
                            + " terugdraaien. Maak een nieuwe invulsheet (vplan invulsheet --out) en neem de ingevulde waarden over,"
                            + " of verwijder de kolom van deze school"));
                }
            }
        }
        if (!problems.isEmpty()) {
            return new Result(problems, Map.of(), List.of());
        }
        Map<String, List<String>> changes = new LinkedHashMap<>();
        for (var school : read.changes().entrySet()) {
            if (!dirs.containsKey(school.getKey())) {
                changes.put(school.getKey(), List.of());
                continue;
            }
            SchoolUpdate.Outcome outcome = update.apply(dirs.get(school.getKey()), school.getValue(), true);
            if (outcome.refusal().isPresent()) { // checked above; only a change on disk in between gets here
                problems.add(located(read.cellOf(school.getKey(), outcome.refusal().get().item()),
                        "school " + school.getKey() + ": " + outcome.refusal().get().message()));
            }
            changes.put(school.getKey(), outcome.changes());
        }
        return new Result(problems, changes, warnings(dirs.values()));
    }

    /** The domain rules' warnings for the schools in {@code dirs}, as they are now on disk. */
    private List<String> warnings(java.util.Collection<Path> dirs) throws IOException {
        List<nl.vplan.model.School> schools = new ArrayList<>();
        for (Path dir : dirs) {
            String text = java.nio.file.Files.readString(dir.resolve("school.yml"));
            ContentLoader.school(content.framework(), dir, text).school().ifPresent(schools::add);
        }
        return DomainRules.check(new Content(content.framework(), schools), schools, DomainRules.today()).stream()
                .filter(p -> dirs.stream().anyMatch(dir -> p.where().file().startsWith(dir)))
                .map(nl.vplan.model.Problem::format).toList();
    }

    private static Problem located(String cell, String message) {
        return new Problem(cell, message);
    }

    /** The file is no spreadsheet (or cannot be read); the message says so in Dutch. */
    public static final class NotAWorkbook extends Exception {
        NotAWorkbook(String message) {
            super(message);
        }
    }
}
