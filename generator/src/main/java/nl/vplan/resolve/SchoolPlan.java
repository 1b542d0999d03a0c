package nl.vplan.resolve;

import java.util.List;
import java.util.Map;
import nl.vplan.model.Framework;
import nl.vplan.model.Klasse;
import nl.vplan.model.School;

/**
 * Everything needed to render one school in one edition: the framework, the school, the AsciiDoc
 * attributes its choices, parts and edition set, and its documents with their parts resolved.
 */
public record SchoolPlan(Framework framework, School school, Klasse edition, Map<String, String> attributes,
                         List<DocumentPlan> documents) {

    /** What this school's readers see of each field in this edition. */
    public FieldView fields() {
        return new FieldView(framework, school, edition);
    }
}
