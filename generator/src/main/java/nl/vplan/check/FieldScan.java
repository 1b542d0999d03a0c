package nl.vplan.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vplan.load.AsciidocSource;
import nl.vplan.load.EvaluatedSources;
import nl.vplan.load.SourceLine;
import nl.vplan.model.Framework;
import nl.vplan.model.Klasse;
import nl.vplan.resolve.FieldView;
import nl.vplan.model.Task;
import nl.vplan.resolve.DocumentPlan;
import nl.vplan.resolve.PlannedPart;
import nl.vplan.resolve.SchoolPlan;

/**
 * Which fields a school's plan shows, found by reading its AsciiDoc sources the way Asciidoctor's
 * preprocessor would ({@link AsciidocSource#evaluating}: conditions on the school's attributes,
 * includes, comments, verbatim blocks) and leaving out sections and blocks above the edition,
 * without starting Asciidoctor: what {@code vplan check} needs to report completeness in a second
 * instead of several. A test holds it to the fields the real conversion shows, for every example
 * school in every edition.
 */
public final class FieldScan {

    private static final Pattern SECTION = Pattern.compile("^(=+)\\s+\\S");

    private final Framework framework;
    private final Klasse edition;
    private final FieldView view;
    private final EvaluatedSources sources;
    private final java.util.Map<String, String> attributes;
    private final Set<String> fields = new LinkedHashSet<>();

    private FieldScan(SchoolPlan plan, EvaluatedSources sources) {
        this.framework = plan.framework();
        this.edition = plan.edition();
        this.view = plan.fields();
        this.sources = sources;
        this.attributes = plan.attributes();
    }

    /**
     * The ids of the fields that appear in the bodies of the school's parts, within its edition;
     * never the built-in {@code school.naam}, which is always filled in.
     */
    public static Set<String> fieldsShown(SchoolPlan plan) {
        return fieldsShown(plan, new EvaluatedSources(plan.framework().contentRoot()));
    }

    /** As {@link #fieldsShown(SchoolPlan)}, with the sources read for earlier schools (of the same content). */
    public static Set<String> fieldsShown(SchoolPlan plan, EvaluatedSources sources) {
        FieldScan scan = new FieldScan(plan, sources);
        for (DocumentPlan document : plan.documents()) {
            for (PlannedPart part : document.parts()) {
                part.asciidoc().ifPresent(scan::part);
            }
        }
        return scan.fields;
    }

    private void part(Path file) {
        List<SourceLine> lines = sources.lines(file, attributes);
        String skipUntil = null; // a classified block being left out: the line that ends it
        int skipLevel = 0;
        boolean classified = false;
        boolean title = true;
        for (SourceLine line : lines) {
            if (line.kind() == SourceLine.Kind.COMMENT) {
                continue;
            }
            String text = line.text();
            if (skipUntil != null) {
                boolean ends = line.isText() && (skipUntil.equals("") ? text.isBlank()
                        : skipUntil.equals("section") ? sectionLevel(text) > 0 && sectionLevel(text) <= skipLevel
                        : text.equals(skipUntil));
                if (!ends) {
                    continue;
                }
                boolean section = skipUntil.equals("section");
                skipUntil = null;
                if (!section) {
                    continue;
                }
            }
            Optional<SourceLine.Token> klasse = line.klasse();
            if (klasse.isPresent()) {
                // As the conversion: a class it does not know counts as the most restricted.
                classified = !Klasse.parse(klasse.get().value()).orElse(Klasse.VERTROUWELIJK).within(edition);
                continue;
            }
            if (classified && !text.isBlank() && (line.isDelimiter() || !line.isText() || !text.startsWith("[") && !text.startsWith("."))) {
                classified = false;
                if (line.isDelimiter()) {
                    skipUntil = text.startsWith("```") ? "```" : text; // a fence may name its language
                } else if (sectionLevel(text) > 0) {
                    skipUntil = "section";
                    skipLevel = sectionLevel(text);
                } else {
                    skipUntil = "";
                }
                continue;
            }
            if (!line.isText()) {
                continue; // verbatim: no macros
            }
            if (title && text.startsWith("= ")) {
                title = false; // the part's title goes to navigation, not to the page body
                continue;
            }
            if (!text.isBlank() && !text.startsWith(":")) {
                title = false;
            }
            line.fillIns().forEach(id -> add(id.value()));
            line.blockMacro("taken").map(id -> framework.tasks().get(id.value()))
                    .ifPresent(list -> list.tasks().stream().map(Task::wie).forEach(this::add));
        }
    }

    private void add(String fieldId) {
        if (view.counts(fieldId)) { // known, in this edition, not built in: as the build's completeness counts it
            fields.add(fieldId);
        }
    }

    private static int sectionLevel(String line) {
        Matcher m = SECTION.matcher(line);
        return m.find() ? m.group(1).length() : 0;
    }
}
