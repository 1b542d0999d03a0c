package nl.vplan.compose;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The school-independent work on a converted part, done once per conversion instead of once per
 * school: heading levels fitted, checklists made interactive, the protocol card found, the page
 * split into search sections, the text for each audience cut out. Fill-in
 * markers are still in place; each school then only inserts its values and its blocks. Lives as long
 * as one {@link SiteComposer}, i.e. one build or one preview render.
 */
final class PreparedBodies {

    /** A part's body ready for a school, and its protocol card (markers in place), if any. */
    record Prepared(String html, Optional<String> card) {
    }

    private final Map<String, Prepared> prepared = new ConcurrentHashMap<>();
    private final Map<String, java.util.List<SearchIndex.Section>> sections = new ConcurrentHashMap<>();
    private final Map<java.util.List<String>, String> audienceTexts = new ConcurrentHashMap<>();

    Prepared of(String convertedBody) {
        return prepared.computeIfAbsent(convertedBody, body -> {
            String html = Checklists.interactive(HeadingOutline.fit(body, 1));
            return new Prepared(html, ProtocolCards.find(html));
        });
    }

    /** What of a prepared body is written for {@code audience} ({@link AudienceFilter}), markers still in place. */
    String forAudience(Prepared body, String audience, String partPage) {
        return audienceTexts.computeIfAbsent(java.util.List.of(body.html(), audience, partPage),
                key -> AudienceFilter.extract(body.html(), audience, partPage));
    }

    /**
     * The search sections of a prepared body, its blocks rendered without any school's values (a
     * form's prefilled values are attributes, not text, so they are not searched anyway).
     */
    java.util.List<SearchIndex.Section> sections(Prepared body, Blocks withoutValues) {
        return sections.computeIfAbsent(body.html(), html -> SearchIndex.sections(withoutValues.render(html)));
    }
}
