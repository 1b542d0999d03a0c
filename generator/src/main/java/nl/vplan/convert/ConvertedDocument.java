package nl.vplan.convert;

import java.util.List;
import nl.vplan.resolve.DocumentPlan;

/** A school's document with every part converted, in order. */
public record ConvertedDocument(DocumentPlan plan, List<ConvertedPart> parts) {
}
