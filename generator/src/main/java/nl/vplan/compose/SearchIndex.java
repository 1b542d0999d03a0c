package nl.vplan.compose;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.vplan.convert.Body;
import nl.vplan.convert.SearchSection;
import nl.vplan.convert.Segment;

/**
 * The search index of one school's site, {@code zoekindex.js}: every section of every page (a part
 * split at its headings, done once per conversion) with its link, titles and text, as a script that
 * sets {@code window.vplanZoekindex}. A script rather than JSON because browsers refuse to fetch files
 * from {@code file://}; {@code zoeken.js} builds the lunr index from it with its Dutch stemmer.
 * The text is what the edition shows, values filled in, so nothing above the edition is in it.
 */
final class SearchIndex {

    static final String FILE = "zoekindex.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One section: {@code href} relative to the school's folder, {@code section} empty before the first heading. */
    record Entry(String href, String document, String page, String section, String text) {
    }

    private SearchIndex() {
    }

    static byte[] script(List<Entry> entries) {
        try {
            return ("window.vplanZoekindex = " + JSON.writeValueAsString(Map.of("secties", entries)) + ";\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One school's entries for a page, its sections' fill-ins as the school's readers see them. A form
     * is a section of its own, under its title, as a reader finds it on the page.
     */
    static List<Entry> entries(String pageHref, String document, String page, List<SearchSection> sections, SchoolText text) {
        if (sections.isEmpty()) {
            return List.of(new Entry(pageHref, document, page, "", ""));
        }
        List<Entry> entries = new ArrayList<>();
        for (SearchSection s : sections) {
            String href = s.anchor().isEmpty() ? pageHref : pageHref + "#" + s.anchor();
            String title = text.text(s.title());
            List<Segment> words = new ArrayList<>();
            for (Segment segment : s.text().segments()) {
                Optional<Blocks.Heading> form = segment instanceof Segment.Block b ? text.heading(b) : Optional.empty();
                if (form.isPresent()) {
                    if (!words.isEmpty() || !title.isEmpty()) {
                        entries.add(new Entry(href, document, page, title, text.text(new Body(words))));
                    }
                    href = pageHref + "#" + form.get().anchor();
                    title = form.get().title();
                    words = new ArrayList<>();
                }
                words.add(segment);
            }
            entries.add(new Entry(href, document, page, title, text.text(new Body(words))));
        }
        return entries;
    }
}
