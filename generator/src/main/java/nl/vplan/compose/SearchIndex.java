package nl.vplan.compose;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The search index of one school's site, {@code zoekindex.js}: every section of every page (a part
 * split at its headings) with its link, titles and text, as a script that sets
 * {@code window.vplanZoekindex}. A script rather than JSON because browsers refuse to fetch files
 * from {@code file://}; {@code zoeken.js} builds the lunr index from it with its Dutch stemmer.
 * The text is the page as the edition shows it, values filled in, so nothing above the edition is in it.
 */
final class SearchIndex {

    static final String FILE = "zoekindex.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One section: {@code href} relative to the school's folder, {@code section} empty before the first heading. */
    record Entry(String href, String document, String page, String section, String text) {
    }

    private SearchIndex() {
    }

    static byte[] script(List<Handbook> handbooks) {
        List<Entry> entries = entries(handbooks);
        try {
            return ("window.vplanZoekindex = " + JSON.writeValueAsString(Map.of("secties", entries)) + ";\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Entry> entries(List<Handbook> handbooks) {
        List<Entry> entries = new ArrayList<>();
        for (Handbook handbook : handbooks) {
            for (Handbook.Chapter chapter : handbook.chapters()) {
                String page = chapter.number().isEmpty() ? chapter.titleText()
                        : chapter.number() + (chapter.appendix() ? ": " : ". ") + chapter.titleText();
                Sections sections = new Sections(handbook.documentId() + "/" + chapter.id() + ".html", handbook.titel(), page);
                Jsoup.parseBodyFragment(chapter.bodyHtml()).body().traverse(sections);
                sections.flush();
                if (sections.entries.isEmpty()) {
                    entries.add(new Entry(sections.pageHref, handbook.titel(), page, "", ""));
                }
                entries.addAll(sections.entries);
            }
        }
        return entries;
    }

    /** Splits a page body at its headings, collecting the visible text of each section. */
    private static final class Sections implements NodeVisitor {

        private final String pageHref;
        private final String document;
        private final String page;
        private final List<Entry> entries = new ArrayList<>();
        private String anchor = "";
        private String title = "";
        private final StringBuilder text = new StringBuilder();

        Sections(String pageHref, String document, String page) {
            this.pageHref = pageHref;
            this.document = document;
            this.page = page;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                if (!skipped(t)) {
                    text.append(t.text());
                }
            } else if (node instanceof Element e) {
                if (isSectionHeading(e)) {
                    flush();
                    anchor = e.id();
                    title = e.text();
                } else if (e.isBlock() || e.nameIs("br") || e.nameIs("td") || e.nameIs("th")) {
                    text.append(' ');
                }
            }
        }

        /** A heading a link can point to starts a section; one without an id is part of the text. */
        private static boolean isSectionHeading(Element e) {
            return (e.nameIs("h2") || e.nameIs("h3") || e.nameIs("h4")) && !e.id().isEmpty();
        }

        /** Section headings are kept as titles; hidden hints and the form's buttons are no content. */
        private static boolean skipped(TextNode t) {
            for (Element e = t.parent(); e != null; e = e.parent()) {
                if (isSectionHeading(e) || e.hasClass("invul-hint")
                        || e.hasClass("formulier-knoppen") || e.nameIs("script") || e.nameIs("style")) {
                    return true;
                }
            }
            return false;
        }

        void flush() {
            String content = text.toString().replaceAll("\\s+", " ").strip();
            if (!content.isEmpty() || !title.isEmpty()) {
                entries.add(new Entry(anchor.isEmpty() ? pageHref : pageHref + "#" + anchor, document, page, title, content));
            }
            text.setLength(0);
        }
    }
}
