package nl.vplan.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.vplan.load.ContentPaths;
import nl.vplan.load.TextFiles;
import nl.vplan.model.Content;
import nl.vplan.model.Framework;
import nl.vplan.model.Ids;
import nl.vplan.model.Klasse;
import nl.vplan.model.Part;
import nl.vplan.model.Problem;
import nl.vplan.model.School;
import nl.vplan.model.SourceRef;

/**
 * Checks the AsciiDoc sources line by line, without converting them: every {@code invul:} names a
 * known field, every {@code taken::} and {@code formulier::} a known list or form, every {@code ifdef::keuze-…}/{@code onderdeel-…} a known option or part, every
 * include stays inside the content folder and exists, every school addition fits a slot.
 */
public final class SourceCheck {

    static final Pattern INVUL = Pattern.compile("invul:([^\\s\\[]*)\\[");
    private static final Pattern CONDITION = Pattern.compile("^\\s*(ifdef|ifndef)::([^\\[]+)\\[");
    private static final Pattern INCLUDE = Pattern.compile("^\\s*include::([^\\[]+)\\[");
    private static final Pattern CLASS = Pattern.compile("^\\[.*\\bklasse=\"?([^,\\]\"\\s]*)");
    private static final Pattern AUDIENCE = Pattern.compile("^\\[.*\\bdoelgroep=(?:\"([^\"]*)\"|([^,\\]\\s]*))");
    private static final Pattern BLOCK = Pattern.compile("^\\s*(taken|formulier)::([^\\[]*)\\[");

    private final Framework framework;
    private final Set<String> knownAttributes;
    private final List<Problem> problems = new ArrayList<>();
    /** The audiences a {@code [doelgroep=…]} may name in the files being scanned, and whose they are. */
    private List<String> audiences = List.of();
    private String audienceOwner = "";

    private SourceCheck(Framework framework) {
        this.framework = framework;
        this.knownAttributes = AttributeNames.all(framework);
    }

    /** All problems in the framework's parts and in the schools' additions, in file order. */
    public static List<Problem> check(Content content) {
        SourceCheck check = new SourceCheck(content.framework());
        Set<Path> seen = new HashSet<>();
        for (var document : content.framework().documents()) {
            check.audiences = document.doelgroepen();
            check.audienceOwner = "document '" + document.id() + "'";
            for (Part part : document.parts()) {
                if (part instanceof Part.FilePart file) {
                    check.scan(file.file(), new ArrayList<>(), seen);
                }
            }
        }
        check.audiences = content.framework().documents().stream().flatMap(d -> d.doelgroepen().stream()).distinct().toList();
        check.audienceOwner = "geen document";
        for (School school : content.schools()) {
            check.additions(school, seen);
        }
        return List.copyOf(check.problems);
    }

    private void additions(School school, Set<Path> seen) {
        Path dir = school.dir().resolve("aanvullingen");
        if (!Files.isDirectory(dir)) {
            return;
        }
        Set<String> slots = new LinkedHashSet<>();
        framework.documents().forEach(d -> d.parts().stream()
                .filter(p -> p instanceof Part.SlotPart).forEach(p -> slots.add(p.id())));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".adoc")).sorted().toList()) {
                String name = file.getFileName().toString();
                String slot = name.substring(0, name.length() - ".adoc".length());
                if (!slots.contains(slot)) {
                    problems.add(Problem.warning(SourceRef.of(file), "aanvulling '" + name
                            + "' hoort bij geen schoolonderdeel van het kader en wordt niet getoond"
                            + Ids.suggestion(slot, slots)));
                }
                scan(file, new ArrayList<>(), seen);
            }
        } catch (IOException e) {
            problems.add(Problem.error(SourceRef.of(dir), "kan de map niet lezen: " + e.getMessage()));
        }
    }

    private void scan(Path file, List<Path> includeChain, Set<Path> seen) {
        if (!seen.add(file)) {
            return;
        }
        Optional<String> text = TextFiles.read(file, problems);
        if (text.isEmpty()) {
            return;
        }
        if (text.get().isBlank() && includeChain.isEmpty()) {
            problems.add(Problem.error(SourceRef.of(file), "het bestand is leeg; een onderdeel begint met zijn titel, bijvoorbeeld '= Toezicht'"));
            return;
        }
        List<String> lines = text.get().lines().toList();
        AudienceNesting nesting = new AudienceNesting();
        for (int i = 0; i < lines.size(); i++) {
            SourceRef where = new SourceRef(file, i + 1);
            String line = lines.get(i);
            fillIns(line, where);
            conditions(line, where);
            blocks(line, where);
            classes(line, where);
            nesting.line(line, audiences(line, where), where, problems);
            includes(line, where, file, includeChain, seen);
        }
    }

    private void fillIns(String line, SourceRef where) {
        Matcher m = INVUL.matcher(line);
        while (m.find()) {
            String id = m.group(1);
            if (!framework.fields().containsKey(id)) {
                problems.add(Problem.error(where.column(m.start() + 1), "onbekend veld '" + id + "' in invul:" + id + "[] (niet in velden.yml)"
                        + Ids.suggestion(id, framework.fields().keySet())));
            }
        }
    }

    private void classes(String line, SourceRef where) {
        Matcher m = CLASS.matcher(line);
        if (m.find() && Klasse.parse(m.group(1)).isEmpty()) {
            problems.add(Problem.error(where.column(m.start(1) + 1), "onbekende klasse '" + m.group(1) + "'; kies uit openbaar, intern, vertrouwelijk"
                    + Ids.suggestion(m.group(1), List.of("openbaar", "intern", "vertrouwelijk"))));
        }
    }

    /** The audiences a {@code [doelgroep=…]} line names (each checked against the document's), or none. */
    private List<String> audiences(String line, SourceRef where) {
        Matcher m = AUDIENCE.matcher(line);
        if (!m.find()) {
            return List.of();
        }
        int group = m.group(1) != null ? 1 : 2;
        List<String> named = nl.vplan.model.Audiences.parse(m.group(group));
        for (String audience : named) {
            if (!audiences.contains(audience)) {
                problems.add(Problem.error(where.column(line.indexOf(audience, m.start(group)) + 1), "onbekende doelgroep '" + audience + "'; "
                        + (audiences.isEmpty() ? audienceOwner + " noemt geen doelgroepen in kader.yml"
                                : "kies uit " + String.join(", ", audiences) + Ids.suggestion(audience, audiences))));
            }
        }
        return named;
    }

    private void blocks(String line, SourceRef where) {
        Matcher m = BLOCK.matcher(line);
        if (!m.find()) {
            return;
        }
        String id = m.group(2).strip();
        boolean tasks = m.group(1).equals("taken");
        Set<String> known = tasks ? framework.tasks().keySet() : framework.forms().keySet();
        if (!known.contains(id)) {
            problems.add(Problem.error(where.column(m.start(2) + 1), (tasks ? "onbekende takenlijst '" + id + "': er is geen taken/" : "onbekend formulier '" + id
                    + "': er is geen formulieren/") + id + ".yml" + Ids.suggestion(id, known)));
        }
    }

    private void conditions(String line, SourceRef where) {
        Matcher m = CONDITION.matcher(line);
        if (!m.find()) {
            return;
        }
        for (String name : m.group(2).split("[,+]")) {
            String attribute = name.strip();
            boolean ours = attribute.startsWith("keuze-") || attribute.startsWith("onderdeel-");
            if (ours && !knownAttributes.contains(attribute)) {
                problems.add(Problem.error(where.column(line.indexOf(attribute, m.start(2)) + 1), "onbekende keuze of onderdeel '" + attribute + "' in "
                        + m.group(1) + "::" + Ids.suggestion(attribute, knownAttributes)));
            }
        }
    }

    private void includes(String line, SourceRef lineStart, Path file, List<Path> chain, Set<Path> seen) {
        Matcher m = INCLUDE.matcher(line);
        if (!m.find()) {
            return;
        }
        SourceRef where = lineStart.column(m.start() + 1);
        String target = m.group(1).strip();
        if (target.contains("{")) {
            return; // depends on attributes; resolved (and confined) at conversion time
        }
        var resolved = ContentPaths.inside(file.getParent(), target)
                .filter(p -> p.startsWith(framework.contentRoot()));
        if (resolved.isEmpty()) {
            problems.add(Problem.error(where, "include '" + target + "' wijst buiten de inhoudsmap en wordt geweigerd"));
        } else if (!Files.isRegularFile(resolved.get())) {
            problems.add(Problem.error(where, "include '" + target + "': bestand bestaat niet"));
        } else if (chain.contains(resolved.get()) || resolved.get().equals(file)) {
            problems.add(Problem.error(where, "include '" + target + "' neemt zichzelf (via via) weer op"));
        } else {
            List<Path> deeper = new ArrayList<>(chain);
            deeper.add(file);
            scan(resolved.get(), deeper, seen);
        }
    }
}
