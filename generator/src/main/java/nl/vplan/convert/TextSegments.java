package nl.vplan.convert;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/** Collects the visible text of converted HTML as {@link Segment}s: text, with its fill-ins and blocks kept in place. */
final class TextSegments {

    private final List<Segment> segments = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();

    /** The text of {@code element} with its fill-ins in place. */
    static Body of(Element element) {
        TextSegments out = new TextSegments();
        element.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                out.text(t.text());
            } else if (node instanceof Element e) {
                out.marker(e);
            }
        });
        return out.body();
    }

    void text(String more) {
        text.append(more);
    }

    /** Adds a fill-in or block when {@code node} is one of their markers; true if it was. */
    boolean marker(Node node) {
        if (!(node instanceof Element e)) {
            return false;
        }
        if (e.nameIs("span") && e.hasClass(Markers.FILL_IN_CLASS)) {
            flush();
            segments.add(new Segment.FillIn(e.attr(Markers.FILL_IN_FIELD)));
            return true;
        }
        if (e.nameIs("div") && e.hasClass(Markers.BLOCK_CLASS)) {
            flush();
            text.append(' ');
            segments.add(new Segment.Block(e.attr("data-soort"), e.attr("data-id")));
            return true;
        }
        return false;
    }

    boolean isEmpty() {
        return segments.isEmpty() && text.toString().isBlank();
    }

    /** The segments so far, whitespace collapsed; starts anew. */
    Body body() {
        flush();
        List<Segment> out = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            if (segments.get(i) instanceof Segment.Text t) {
                String collapsed = t.text().replaceAll("\\s+", " ");
                if (i == 0) {
                    collapsed = collapsed.stripLeading();
                }
                if (i == segments.size() - 1) {
                    collapsed = collapsed.stripTrailing();
                }
                if (!collapsed.isEmpty()) {
                    out.add(new Segment.Text(collapsed));
                }
            } else {
                out.add(segments.get(i));
            }
        }
        segments.clear();
        return new Body(out);
    }

    private void flush() {
        if (!text.isEmpty()) {
            segments.add(new Segment.Text(text.toString()));
            text.setLength(0);
        }
    }
}
