package nl.vplan.resolve;

import java.util.List;
import java.util.Map;
import nl.vplan.model.Framework;
import nl.vplan.model.School;

/**
 * Everything needed to render one school: the framework, the school, the AsciiDoc attributes its
 * choices and parts set, and its documents with their parts resolved.
 */
public record SchoolPlan(Framework framework, School school, Map<String, String> attributes, List<DocumentPlan> documents) {
}
