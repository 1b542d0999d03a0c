package nl.vplan.convert;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * What is derived from a converted part's structure, once per conversion and for every school that
 * shares it: headings fitted under the page title, checklists made interactive, the protocol card,
 * the search sections and the text per audience. The only place after Asciidoctor that reads its
 * HTML; everything it hands on is typed ({@link Body}, {@link Title}, {@link SearchSection}).
 */
final class PartStructure {

    /** The typed pieces of one conversion of a part. */
    record Parts(Title title, List<Heading> headings, Body body, List<String> ids, Optional<ProtocolCard> card, List<SearchSection> search,
                 Map<String, AudienceText> audiences) {
    }

    private PartStructure() {
    }

    /** @param partPage the file name of the part's page, for links from an audience page to text left behind */
    static Parts of(ConvertedAsciidoc converted, String partPage) {
        Element body = Fragments.parse(converted.bodyHtml());
        boolean changed = HeadingOutline.fit(body, 1);
        changed |= Checklists.makeInteractive(body);
        changed |= PageLinks.mark(body);
        String html = changed ? body.html() : converted.bodyHtml();
        Map<String, AudienceText> audiences = new LinkedHashMap<>();
        for (String audience : AudienceFilter.audiences(body)) {
            Element text = AudienceFilter.extract(body, audience, partPage);
            PageLinks.mark(text); // the links it made to text left behind on the part's page
            Body flat = Body.ofMarkedHtml(text.html());
            List<String> ids = AudienceFilter.nest(text);
            audiences.put(audience, new AudienceText(flat, Body.ofMarkedHtml(text.html()), ids));
        }
        List<Heading> headings = converted.headings().stream()
                .map(h -> new Heading(h.id(), h.level(), title(h.titleHtml()))).toList();
        return new Parts(title(converted.titleHtml()), headings, Body.ofMarkedHtml(html), body.select("[id]").eachAttr("id"),
                ProtocolCards.find(body), SearchSections.of(body), java.util.Collections.unmodifiableMap(audiences));
    }

    /** A converted title as HTML and as text, fill-ins in place in both. */
    static Title title(String titleHtml) {
        return new Title(Body.ofMarkedHtml(titleHtml), TextSegments.of(Fragments.parse(titleHtml)));
    }
}
