package nl.vplan.fill;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.vplan.check.FieldScan;
import nl.vplan.model.Framework;
import nl.vplan.model.Klasse;
import nl.vplan.model.School;
import nl.vplan.resolve.DocumentPlan;
import nl.vplan.resolve.PlannedPart;
import nl.vplan.resolve.Resolver;
import nl.vplan.resolve.SchoolPlan;

/**
 * Where each field appears, for the spreadsheet's column "Komt voor in": "Veiligheidsplan:
 * Coördinatie van de veiligheid, Gebouw; Gedragscode ICT en internet: Inleiding". Found as
 * {@code check} finds a school's fields ({@link FieldScan}, without Asciidoctor), part by part, over
 * the plans of the given schools in the vertrouwelijke edition (where every field can appear).
 * Schools with the same choices and parts share the scan of a framework file.
 */
final class Appearances {

    private final Framework framework;
    private final Map<Path, String> titles = new HashMap<>();
    private final Map<String, Set<String>> scans = new HashMap<>();

    private Appearances(Framework framework) {
        this.framework = framework;
    }

    /** "Document: part, part; Document: part" by field id; fields that appear nowhere are absent. */
    static Map<String, String> of(Framework framework, List<School> schools) {
        return new Appearances(framework).collect(schools);
    }

    private Map<String, String> collect(List<School> schools) {
        // field → document (framework order) → part (its place in the plan) → title
        Map<String, Map<Integer, Map<Integer, String>>> places = new HashMap<>();
        for (School school : schools) {
            SchoolPlan plan = Resolver.resolve(framework, school, Klasse.VERTROUWELIJK);
            for (int d = 0; d < plan.documents().size(); d++) {
                DocumentPlan document = plan.documents().get(d);
                List<nl.vplan.model.Part> declared = document.document().parts();
                for (PlannedPart part : document.parts()) {
                    if (part.asciidoc().isEmpty()) {
                        continue;
                    }
                    int rank = indexOf(declared, part.id());
                    for (String field : fields(plan, document, part)) {
                        places.computeIfAbsent(field, f -> new TreeMap<>()).computeIfAbsent(d, x -> new TreeMap<>())
                                .putIfAbsent(rank, title(part));
                    }
                }
            }
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (String field : framework.fields().keySet()) {
            Map<Integer, Map<Integer, String>> byDocument = places.get(field);
            if (byDocument != null) {
                List<String> documents = new ArrayList<>();
                byDocument.forEach((d, parts) -> documents.add(framework.documents().get(d).titel() + ": "
                        + String.join(", ", new LinkedHashSet<>(parts.values()))));
                texts.put(field, String.join("; ", documents));
            }
        }
        return texts;
    }

    private static int indexOf(List<nl.vplan.model.Part> parts, String id) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).id().equals(id)) {
                return i;
            }
        }
        return parts.size();
    }

    /** The fields of one part, scanned once per framework file and set of attributes. */
    private Set<String> fields(SchoolPlan plan, DocumentPlan document, PlannedPart part) {
        String key = plan.attributes() + "|" + part.asciidoc().get();
        return scans.computeIfAbsent(key, k -> FieldScan.fieldsShown(new SchoolPlan(plan.framework(), plan.school(),
                plan.edition(), plan.attributes(), List.of(new DocumentPlan(document.document(), List.of(part))))));
    }

    /** A slot's title from kader.yml, a framework file's own {@code = title} (else its id). */
    private String title(PlannedPart part) {
        if (!part.title().isBlank()) {
            return part.title();
        }
        return titles.computeIfAbsent(part.asciidoc().get(), file -> partTitle(file, part.id()));
    }

    /** The title of an optional framework part, for the sheet's row of it. */
    static String partTitle(Path file, String id) {
        return nl.vplan.load.AsciidocSource.documentTitle(file).orElse(id);
    }
}
