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
 * Each page is split into {@link Section}s once per build, with its fill-ins as placeholders; each
 * school's entries then get its own values.
 */
final class SearchIndex {

    static final String FILE = "zoekindex.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One section: {@code href} relative to the school's folder, {@code section} empty before the first heading. */
    record Entry(String href, String document, String page, String section, String text) {
    }

    private SearchIndex() {
    }

    /**
     * A section of a converted part with each fill-in as a placeholder ({@link #PLACEHOLDER}): the
     * same for every school that shares the conversion, so a page is parsed once per build, not once
     * per school.
     */
    record Section(String anchor, String title, String text) {
    }

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\u0001([^\u0002]*)\u0002");

    static byte[] script(List<Entry> entries) {
        try {
            return ("window.vplanZoekindex = " + JSON.writeValueAsString(Map.of("secties", entries)) + ";\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sections of a body whose fill-ins are still markers. */
    static List<Section> sections(String markedBodyHtml) {
        Sections sections = new Sections();
        Jsoup.parseBodyFragment(markedBodyHtml).body().traverse(sections);
        sections.flush();
        return List.copyOf(sections.found);
    }

    /** One school's entries for a page: the placeholders replaced by what the school's page shows there. */
    static List<Entry> entries(String pageHref, String document, String page, List<Section> sections,
                               java.util.function.UnaryOperator<String> fillIn) {
        if (sections.isEmpty()) {
            return List.of(new Entry(pageHref, document, page, "", ""));
        }
        List<Entry> entries = new ArrayList<>();
        for (Section s : sections) {
            entries.add(new Entry(s.anchor().isEmpty() ? pageHref : pageHref + "#" + s.anchor(), document, page,
                    fill(s.title(), fillIn), fill(s.text(), fillIn)));
        }
        return entries;
    }

    private static String fill(String text, java.util.function.UnaryOperator<String> fillIn) {
        if (text.indexOf('\u0001') < 0) {
            return text;
        }
        return PLACEHOLDER.matcher(text).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(fillIn.apply(m.group(1))))
                .replaceAll("\\s+", " ").strip();
    }

    /** Splits a page body at its headings, collecting the visible text of each section. */
    private static final class Sections implements NodeVisitor {

        private final List<Section> found = new ArrayList<>();
        private String anchor = "";
        private String title = "";
        private final StringBuilder text = new StringBuilder();

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
                    title = textOf(e).replaceAll("\\s+", " ").strip();
                } else if (isFillIn(e) && !inSectionHeading(e)) {
                    text.append(placeholder(e));
                } else if (e.isBlock() || e.nameIs("br") || e.nameIs("td") || e.nameIs("th")) {
                    text.append(' ');
                }
            }
        }

        private static boolean isFillIn(Element e) {
            return e.nameIs("span") && e.hasClass("vplan-invul");
        }

        private static String placeholder(Element e) {
            return "\u0001" + e.attr("data-veld") + "\u0002";
        }

        /** A heading's text with its fill-ins as placeholders. */
        private static String textOf(Element heading) {
            StringBuilder out = new StringBuilder();
            heading.traverse((node, depth) -> {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e && isFillIn(e)) {
                    out.append(placeholder(e));
                }
            });
            return out.toString();
        }

        /** A heading a link can point to starts a section; one without an id is part of the text. */
        private static boolean isSectionHeading(Element e) {
            return (e.nameIs("h2") || e.nameIs("h3") || e.nameIs("h4")) && !e.id().isEmpty();
        }

        private static boolean inSectionHeading(Element e) {
            for (Element p = e.parent(); p != null; p = p.parent()) {
                if (isSectionHeading(p)) {
                    return true;
                }
            }
            return false;
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
                found.add(new Section(anchor, title, content));
            }
            text.setLength(0);
        }
    }
}
