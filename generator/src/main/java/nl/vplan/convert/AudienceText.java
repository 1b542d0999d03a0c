package nl.vplan.convert;

import java.util.List;

/**
 * What of a part is written for one audience, under the headings of the sections that hold it:
 * {@code body} as the audience's handbook prints it, {@code nested} one heading level lower for the
 * audience page (where the part's own title is its h2), with the element {@code ids} it carries.
 */
public record AudienceText(Body body, Body nested, List<String> ids) {
}
