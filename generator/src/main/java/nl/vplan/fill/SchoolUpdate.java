package nl.vplan.fill;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.vplan.load.ContentLoader;
import nl.vplan.load.ContentPaths;
import nl.vplan.load.SchoolRules;
import nl.vplan.load.TextFiles;
import nl.vplan.model.Field;
import nl.vplan.model.Framework;
import nl.vplan.model.Ids;
import nl.vplan.model.Problem;

/**
 * Applies a person's changes to one school's folder: every value checked by the rules
 * {@code check} uses, school.yml edited in place (comments and order kept), the school's texts
 * written to {@code aanvullingen/}, all of it atomically, and nothing at all when anything is wrong.
 */
public final class SchoolUpdate {

    /** Why the changes were refused; {@code item} is the field, choice, part or slot concerned, if one. */
    public record Refusal(String item, String message) {
    }

    /**
     * Refused (nothing written), or the changes made, one line each in Dutch (empty when nothing
     * changed), and the files they touch.
     */
    public record Outcome(Optional<Refusal> refusal, List<String> changes, List<Path> files) {

        static Outcome refused(String item, String message) {
            return new Outcome(Optional.of(new Refusal(item, message)), List.of(), List.of());
        }
    }

    private final Framework framework;
    private final SchoolRules rules;

    public SchoolUpdate(Framework framework) {
        this.framework = framework;
        this.rules = new SchoolRules(framework);
    }

    /** The folder of school {@code id}, when it is a school of this content (never a path outside it). */
    public Optional<Path> schoolDir(String id) {
        if (id == null || !Ids.SIMPLE.matcher(id).matches()) {
            return Optional.empty();
        }
        Path scholen = framework.contentRoot().resolve("scholen");
        return ContentPaths.inside(scholen, id)
                .filter(dir -> Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS))
                .filter(dir -> Files.isRegularFile(dir.resolve("school.yml"), LinkOption.NOFOLLOW_LINKS));
    }

    /** Checks {@code changes} against the school in {@code dir}; writes them when {@code write} and all are valid. */
    public Outcome apply(Path dir, SchoolChanges changes, boolean write) throws IOException {
        Optional<Refusal> invalid = firstInvalid(changes);
        if (invalid.isPresent()) {
            return new Outcome(invalid, List.of(), List.of());
        }
        List<Problem> problems = new ArrayList<>();
        Path file = dir.resolve("school.yml");
        Optional<String> before = TextFiles.read(framework.contentRoot(), file, problems);
        if (before.isEmpty()) {
            return Outcome.refused(null, problems.get(0).format());
        }
        List<String> report = new ArrayList<>();
        String after = edited(before.get(), changes, report);
        ContentLoader.SchoolResult loaded = ContentLoader.school(framework, dir, after);
        if (loaded.firstError().isPresent()) {
            return Outcome.refused(null, loaded.firstError().get().format());
        }
        AtomicFiles files = new AtomicFiles();
        if (!after.equals(before.get())) {
            files.write(file, after);
        }
        for (var text : changes.texts().entrySet()) {
            Optional<Path> target = ContentPaths.inside(dir, "aanvullingen/" + text.getKey() + ".adoc")
                    .filter(p -> !Files.isSymbolicLink(p));
            if (target.isEmpty()) {
                return Outcome.refused(text.getKey(), "de tekst voor '" + text.getKey() + "' kan niet binnen de map van de school worden opgeslagen");
            }
            String old = Files.isRegularFile(target.get()) ? TextFiles.read(framework.contentRoot(), target.get(), problems).orElse(null) : null;
            if (text.getValue().isBlank()) {
                if (old != null) {
                    files.remove(target.get());
                    report.add("tekst '" + text.getKey() + "' verwijderd");
                }
            } else if (!text.getValue().equals(old)) {
                files.write(target.get(), text.getValue());
                report.add("tekst '" + text.getKey() + "' " + (old == null ? "toegevoegd" : "gewijzigd"));
            }
        }
        if (write) {
            files.commit();
        }
        return new Outcome(Optional.empty(), List.copyOf(report), files.targets());
    }

    private Optional<Refusal> firstInvalid(SchoolChanges changes) {
        for (var value : changes.values().entrySet()) {
            if (Field.builtIn(value.getKey())) {
                return Optional.of(new Refusal(value.getKey(), "de naam van de school staat bovenaan school.yml ('naam') en wordt hier niet gewijzigd"));
            }
            Optional<String> why = rules.value(value.getKey(), value.getValue());
            if (why.isPresent()) {
                return Optional.of(new Refusal(value.getKey(), why.get()));
            }
        }
        for (var choice : changes.choices().entrySet()) {
            Optional<String> why = rules.choice(choice.getKey(), choice.getValue());
            if (why.isPresent()) {
                return Optional.of(new Refusal(choice.getKey(), why.get()));
            }
        }
        for (var part : changes.parts().entrySet()) {
            Optional<String> why = rules.optionalPart(part.getKey(), !part.getValue());
            if (why.isPresent()) {
                return Optional.of(new Refusal(part.getKey(), why.get()));
            }
        }
        for (var text : changes.texts().entrySet()) {
            if (!rules.slots().contains(text.getKey())) {
                return Optional.of(new Refusal(text.getKey(), "onbekend schoolonderdeel '" + text.getKey() + "'; het kader heeft: "
                        + String.join(", ", rules.slots())));
            }
            if (text.getValue().length() > TextFiles.MAX_BYTES / 4) {
                return Optional.of(new Refusal(text.getKey(), "de tekst voor '" + text.getKey() + "' is te lang"));
            }
        }
        return Optional.empty();
    }

    /** A value on one line of a report. */
    private static String shown(String value) {
        return value.isEmpty() ? "(leeg)" : "'" + value.strip().replaceAll("\\s*\\R\\s*", " / ") + "'";
    }

    /** school.yml with the changes made, each noted in {@code report}. */
    private String edited(String text, SchoolChanges changes, List<String> report) {
        SchoolYaml yaml = new SchoolYaml(text);
        List<String> fieldOrder = List.copyOf(framework.fields().keySet());
        Map<String, String> values = yaml.values("velden");
        changes.values().forEach((field, value) -> {
            String old = values.getOrDefault(field, "");
            String now = value.strip().isEmpty() ? "" : value;
            if (!old.equals(now)) {
                yaml.set("velden", field, now, fieldOrder);
                report.add("veld " + field + ": " + shown(old) + " → " + shown(now));
            }
        });
        List<String> choiceOrder = List.copyOf(framework.choices().keySet());
        Map<String, String> answers = yaml.values("keuzes");
        changes.choices().forEach((choice, option) -> {
            if (!option.equals(answers.get(choice))) {
                yaml.set("keuzes", choice, option, choiceOrder);
                report.add("keuze " + choice + ": " + answers.getOrDefault(choice, "(standaard)") + " → " + option);
            }
        });
        Set<String> off = new LinkedHashSet<>(yaml.list("onderdelen", "uit"));
        Set<String> on = new LinkedHashSet<>(yaml.list("onderdelen", "aan"));
        boolean partsChanged = false;
        for (var part : changes.parts().entrySet()) {
            boolean wasOn = on.contains(part.getKey()) || !off.contains(part.getKey());
            if (wasOn != part.getValue()) {
                partsChanged = true;
                report.add("onderdeel " + part.getKey() + ": " + (part.getValue() ? "aan" : "uit"));
            }
            if (part.getValue()) {
                off.remove(part.getKey());
            } else {
                on.remove(part.getKey());
                off.add(part.getKey());
            }
        }
        if (partsChanged) {
            yaml.setParts(off, on);
        }
        return yaml.text();
    }
}
