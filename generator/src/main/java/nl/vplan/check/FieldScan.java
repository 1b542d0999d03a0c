package nl.vplan.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vplan.load.ContentPaths;
import nl.vplan.model.Field;
import nl.vplan.model.Framework;
import nl.vplan.model.Klasse;
import nl.vplan.model.Task;
import nl.vplan.model.TaskList;
import nl.vplan.resolve.DocumentPlan;
import nl.vplan.resolve.PlannedPart;
import nl.vplan.resolve.SchoolPlan;

/**
 * Which fields a school's plan shows, found by reading its AsciiDoc sources the way Asciidoctor's
 * preprocessor would (conditions on the school's attributes, includes, comments, verbatim blocks,
 * sections and blocks above the edition) without starting Asciidoctor: what {@code vplan check}
 * needs to report completeness in a second instead of several. A test holds it to the fields the
 * real conversion shows, for every example school in every edition.
 */
public final class FieldScan {

    private static final Pattern CONDITION = Pattern.compile("^(ifdef|ifndef)::([^\\[]*)\\[(.*)\\]\\s*$");
    private static final Pattern IFEVAL = Pattern.compile("^ifeval::\\[(.*)\\]\\s*$");
    private static final Pattern COMPARISON = Pattern.compile("\\s*\"?\\{([^}]+)\\}\"?\\s*(==|!=)\\s*\"([^\"]*)\"\\s*");
    private static final Pattern ENDIF = Pattern.compile("^endif::[^\\[]*\\[\\]\\s*$");
    private static final Pattern INCLUDE = Pattern.compile("^include::([^\\[]+)\\[.*\\]\\s*$");
    private static final Pattern INVUL = Pattern.compile("invul:([a-z0-9][a-z0-9.-]*)\\[");
    private static final Pattern TASKS = Pattern.compile("^\\s*taken::([^\\[]+)\\[");
    private static final Pattern CLASS = Pattern.compile("^\\[[^\\]]*\\bklasse=\"?([a-z]+)");
    private static final Pattern SECTION = Pattern.compile("^(=+)\\s+\\S");
    private static final Pattern DELIMITER = Pattern.compile("^(={4,}|-{4,}|\\*{4,}|_{4,}|\\.{4,}|\\+{4,}|\\|===|--)\\s*$");
    private static final Pattern ATTRIBUTE_REFERENCE = Pattern.compile("\\{([A-Za-z0-9_-]+)\\}");

    private final Framework framework;
    private final Klasse edition;
    private final Map<String, String> attributes;
    private final Set<String> fields = new LinkedHashSet<>();

    private FieldScan(SchoolPlan plan) {
        this.framework = plan.framework();
        this.edition = plan.edition();
        this.attributes = plan.attributes();
    }

    /** The ids of the fields that appear in the bodies of the school's parts, within its edition. */
    public static Set<String> fieldsShown(SchoolPlan plan) {
        FieldScan scan = new FieldScan(plan);
        for (DocumentPlan document : plan.documents()) {
            for (PlannedPart part : document.parts()) {
                part.asciidoc().ifPresent(file -> scan.file(file, true, 0));
            }
        }
        return scan.fields;
    }

    private void file(Path file, boolean part, int depth) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            return; // reported by the source check
        }
        Deque<Boolean> active = new ArrayDeque<>();
        String commentBlock = null;
        String verbatim = null;
        String skipUntil = null; // a classified block being left out: the line that ends it
        int skipLevel = 0;
        boolean classified = false;
        boolean title = part;
        for (String line : lines) {
            if (commentBlock != null) {
                commentBlock = line.strip().equals(commentBlock) ? null : commentBlock;
                continue;
            }
            Matcher m;
            if ((m = CONDITION.matcher(line)).matches()) {
                boolean holds = condition(m.group(1).equals("ifdef"), m.group(2));
                if (m.group(3).isEmpty()) {
                    active.push(holds && on(active));
                } else if (holds && on(active)) {
                    line = m.group(3); // single-line form: its text counts as a line
                } else {
                    continue;
                }
            } else if ((m = IFEVAL.matcher(line)).matches()) {
                active.push(evaluate(m.group(1)) && on(active));
                continue;
            } else if (ENDIF.matcher(line).matches()) {
                active.poll();
                continue;
            }
            if (!on(active) || line.startsWith("//") && !line.startsWith("////")) {
                continue;
            }
            if (line.matches("^/{4,}\\s*$")) {
                commentBlock = line.strip();
                continue;
            }
            if (skipUntil != null) {
                if (skipUntil.equals("") ? line.isBlank()
                        : skipUntil.equals("section") ? sectionLevel(line) > 0 && sectionLevel(line) <= skipLevel
                        : line.strip().equals(skipUntil)) {
                    boolean section = skipUntil.equals("section");
                    skipUntil = null;
                    if (!section) {
                        continue;
                    }
                } else {
                    continue;
                }
            }
            if (verbatim != null) {
                verbatim = line.strip().equals(verbatim) ? null : verbatim;
                continue;
            }
            if ((m = CLASS.matcher(line)).find()) {
                Klasse klasse = Klasse.parse(m.group(1)).orElse(Klasse.VERTROUWELIJK);
                classified = !klasse.within(edition);
                continue;
            }
            if (classified && !line.isBlank() && (DELIMITER.matcher(line).matches() || !line.startsWith("[") && !line.startsWith("."))) {
                classified = false;
                if (DELIMITER.matcher(line).matches()) {
                    skipUntil = line.strip();
                } else if (sectionLevel(line) > 0) {
                    skipUntil = "section";
                    skipLevel = sectionLevel(line);
                } else {
                    skipUntil = "";
                }
                continue;
            }
            if (line.strip().equals("----") || line.strip().equals("....")) {
                verbatim = line.strip();
                continue;
            }
            if ((m = INCLUDE.matcher(line)).matches()) {
                include(file, m.group(1).strip(), depth);
                continue;
            }
            if (title && line.startsWith("= ")) {
                title = false; // the part's title goes to navigation, not to the page body
                continue;
            }
            if (!line.isBlank() && !line.startsWith(":")) {
                title = false;
            }
            m = INVUL.matcher(line);
            while (m.find()) {
                add(m.group(1));
            }
            if ((m = TASKS.matcher(line)).find()) {
                TaskList list = framework.tasks().get(m.group(1).strip());
                if (list != null) {
                    list.tasks().stream().map(Task::wie).forEach(this::add);
                }
            }
        }
    }

    private void add(String fieldId) {
        Field field = framework.fields().get(fieldId);
        if (field != null && field.klasse().within(edition)) {
            fields.add(fieldId);
        }
    }

    private void include(Path from, String target, int depth) {
        if (depth > 20) {
            return; // circular: reported by the source check
        }
        Matcher m = ATTRIBUTE_REFERENCE.matcher(target);
        StringBuilder resolved = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(resolved, Matcher.quoteReplacement(attributes.getOrDefault(m.group(1), "")));
        }
        m.appendTail(resolved);
        Optional<Path> path = ContentPaths.inside(from.getParent(), resolved.toString())
                .filter(p -> p.startsWith(framework.contentRoot()));
        path.filter(Files::isRegularFile).ifPresent(p -> file(p, false, depth + 1));
    }

    private boolean condition(boolean ifdef, String names) {
        boolean all = names.contains("+");
        boolean result = all;
        for (String name : names.split("[,+]")) {
            boolean set = attributes.containsKey(name.strip());
            result = all ? result && set : result || set;
        }
        return ifdef == result;
    }

    /** {@code {name} == "value"} and {@code !=}; anything else counts as true, so nothing is missed. */
    private boolean evaluate(String expression) {
        Matcher m = COMPARISON.matcher(expression);
        if (!m.matches()) {
            return true;
        }
        boolean equal = attributes.getOrDefault(m.group(1), "").equals(m.group(3));
        return m.group(2).equals("==") == equal;
    }

    private static boolean on(Deque<Boolean> active) {
        return active.isEmpty() || active.peek();
    }

    private static int sectionLevel(String line) {
        Matcher m = SECTION.matcher(line);
        return m.find() ? m.group(1).length() : 0;
    }
}
