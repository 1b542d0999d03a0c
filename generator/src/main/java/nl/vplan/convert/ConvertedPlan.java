package nl.vplan.convert;

import java.util.List;
import nl.vplan.model.Problem;
import nl.vplan.resolve.SchoolPlan;

/** The convert stage's output for one school: its documents as HTML with fill-in markers, and what went wrong. */
public record ConvertedPlan(SchoolPlan plan, List<ConvertedDocument> documents, List<Problem> problems) {
}
