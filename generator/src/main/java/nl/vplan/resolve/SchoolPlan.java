package nl.vplan.resolve;

import java.util.List;
import java.util.Map;
import nl.vplan.model.Framework;
import nl.vplan.model.Klasse;
import nl.vplan.model.School;
import nl.vplan.model.SchoolWarning;

/**
 * Everything needed to render one school in one edition: the framework, the school, the AsciiDoc
 * attributes its choices, parts and edition set, and its documents with their parts resolved.
 * {@code warnings} are the board's rules' warnings about the school (found by check, shown by compose).
 */
public record SchoolPlan(Framework framework, School school, Klasse edition, Map<String, String> attributes,
                         List<DocumentPlan> documents, List<SchoolWarning> warnings) {

    /** A plan without warnings (as resolve makes it). */
    public SchoolPlan(Framework framework, School school, Klasse edition, Map<String, String> attributes, List<DocumentPlan> documents) {
        this(framework, school, edition, attributes, documents, List.of());
    }

    /** What this school's readers see of each field in this edition. */
    public FieldView fields() {
        return new FieldView(framework, school, edition);
    }

    /** This plan with the warnings the board's rules give about its school. */
    public SchoolPlan withWarnings(List<SchoolWarning> found) {
        return new SchoolPlan(framework, school, edition, attributes, documents, List.copyOf(found));
    }

    /** The warnings this edition may show: those naming only fields the edition shows. */
    public List<SchoolWarning> shownWarnings() {
        FieldView view = fields();
        return warnings.stream().filter(w -> w.fields().stream().noneMatch(f -> view.of(f) instanceof FieldView.Elsewhere)).toList();
    }
}
