package nl.vplan.convert;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/** Splits a part's body at its headings into {@link SearchSection}s with their visible text. */
final class SearchSections implements NodeVisitor {

    private final List<SearchSection> found = new ArrayList<>();
    private final TextSegments text = new TextSegments();
    private String anchor = "";
    private Body title = Body.EMPTY;

    private SearchSections() {
    }

    static List<SearchSection> of(Element body) {
        SearchSections sections = new SearchSections();
        body.traverse(sections);
        sections.flush();
        return List.copyOf(sections.found);
    }

    @Override
    public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
            if (!skipped(t)) {
                text.text(t.text());
            }
        } else if (node instanceof Element e) {
            if (isSectionHeading(e)) {
                flush();
                anchor = e.id();
                title = TextSegments.of(e);
            } else if (!inSectionHeading(e) && text.marker(e)) {
                return;
            } else if ((e.nameIs("td") || e.nameIs("th")) && e.previousElementSibling() != null) {
                text.text(" " + CELL + " "); // a snippet shows "Rol · Naam · Telefoon", not one run of words
            } else if (e.nameIs("tr") && !firstRow(e)) {
                text.text(" " + ROW + " ");
            } else if (e.isBlock() || e.nameIs("br") || e.nameIs("td") || e.nameIs("th")) {
                text.text(" ");
            }
        }
    }

    /** Between the cells of a table row, and between its rows, in a search section's text. */
    static final String CELL = "·";
    static final String ROW = "—";

    private static boolean firstRow(Element row) {
        Element table = row.closest("table");
        return table == null || table.selectFirst("tr") == row;
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

    /** Section headings are kept as titles; scripts and styles are no content. */
    private static boolean skipped(TextNode t) {
        for (Element e = t.parent(); e != null; e = e.parent()) {
            if (isSectionHeading(e) || e.nameIs("script") || e.nameIs("style")) {
                return true;
            }
        }
        return false;
    }

    private void flush() {
        boolean empty = text.isEmpty();
        Body content = text.body();
        if (!empty || !title.isEmpty()) {
            found.add(new SearchSection(anchor, title, content));
        }
    }
}
