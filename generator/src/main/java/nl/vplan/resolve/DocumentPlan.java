package nl.vplan.resolve;

import java.util.List;
import nl.vplan.model.Document;

/** One document as a school gets it: only the parts that are on, numbered in order. */
public record DocumentPlan(Document document, List<PlannedPart> parts) {
}
