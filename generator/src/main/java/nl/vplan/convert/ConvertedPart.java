package nl.vplan.convert;

import java.util.List;
import nl.vplan.resolve.PlannedPart;

/**
 * One part of a school's document after conversion. For a slot without AsciiDoc (open, or filled
 * with a PDF) the body is empty and the compose stage says what is there instead.
 */
public record ConvertedPart(PlannedPart part, String titleHtml, List<Heading> headings, String bodyHtml) {
}
