package nl.vplan.convert;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.vplan.resolve.PlannedPart;

/**
 * One part of a school's document after conversion, school-independent: its title, headings and
 * body with fill-ins and blocks as {@link Segment}s, the ids its elements carry (for links into it),
 * and what is derived from its structure once per
 * conversion: the protocol card, the search sections, and the text per audience (by audience id).
 * For a slot without AsciiDoc (open, or filled with a PDF) the body is empty and compose says what is
 * there instead.
 */
public record ConvertedPart(PlannedPart part, Title title, List<Heading> headings, Body body, List<String> ids, Optional<ProtocolCard> card,
                            List<SearchSection> search, Map<String, AudienceText> audiences) {

    /** A part without converted text. */
    static ConvertedPart withoutText(PlannedPart part, String title) {
        return new ConvertedPart(part, Title.plain(title), List.of(), Body.EMPTY, List.of(), Optional.empty(), List.of(), Map.of());
    }
}
