package nl.vplan.convert;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.vplan.model.Html;
import nl.vplan.model.Problem;
import nl.vplan.model.SourceRef;
import nl.vplan.resolve.DocumentPlan;
import nl.vplan.resolve.PlannedPart;
import nl.vplan.resolve.SchoolPlan;

/**
 * The convert stage for one build: turns each school's plan into HTML through the shared
 * {@link AsciidocEngine}. Converted HTML holds no school values, only markers, so a part is
 * converted once per distinct set of attributes and reused by every school that shares it.
 */
public final class PlanConverter {

    private record Key(Path file, Map<String, String> attributes) {
    }

    private final AsciidocEngine engine;
    private final Map<Key, ConvertedAsciidoc> converted = new ConcurrentHashMap<>();

    public PlanConverter(AsciidocEngine engine) {
        this.engine = engine;
    }

    /**
     * Drops what was converted from {@code changed}, for a converter that lives across edits (the
     * preview). An AsciiDoc file that is not a part itself may be included anywhere, so it drops all.
     */
    public void forget(Path changed) {
        if (!changed.toString().endsWith(".adoc")) {
            return;
        }
        boolean part = converted.keySet().removeIf(key -> key.file().equals(changed));
        if (!part) {
            converted.clear();
        }
    }

    public ConvertedPlan convert(SchoolPlan plan) {
        List<Problem> problems = new ArrayList<>();
        List<ConvertedDocument> documents = new ArrayList<>();
        for (DocumentPlan document : plan.documents()) {
            List<ConvertedPart> parts = new ArrayList<>();
            for (PlannedPart part : document.parts()) {
                parts.add(convert(part, plan, problems));
            }
            documents.add(new ConvertedDocument(document, List.copyOf(parts)));
        }
        return new ConvertedPlan(plan, List.copyOf(documents), List.copyOf(problems));
    }

    private ConvertedPart convert(PlannedPart part, SchoolPlan plan, List<Problem> problems) {
        if (part.asciidoc().isEmpty()) {
            return new ConvertedPart(part, Html.escape(part.title()), List.of(), "");
        }
        Path file = part.asciidoc().get();
        Key key = new Key(file, plan.attributes());
        ConvertedAsciidoc html = converted.get(key);
        if (html == null) {
            try {
                html = engine.convert(file, plan.framework().contentRoot(), plan.attributes());
            } catch (IOException e) {
                problems.add(Problem.error(SourceRef.of(file), "kan het bestand niet lezen: " + e.getMessage()));
                return new ConvertedPart(part, Html.escape(part.id()), List.of(), "");
            }
            converted.put(key, html);
            problems.addAll(html.problems());
        }
        String title = !part.title().isEmpty() ? Html.escape(part.title())
                : html.titleHtml().isEmpty() ? Html.escape(part.id()) : html.titleHtml();
        if (part.title().isEmpty() && html.titleHtml().isEmpty()) {
            problems.add(Problem.warning(SourceRef.of(file), "het onderdeel heeft geen titel; begin het bestand met '= Titel'"));
        }
        return new ConvertedPart(part, title, html.headings(), html.bodyHtml());
    }
}
