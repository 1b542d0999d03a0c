package nl.vplan.compose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import nl.vplan.convert.Body;
import nl.vplan.convert.Segment;
import nl.vplan.model.Html;
import nl.vplan.resolve.FieldView;
import nl.vplan.resolve.FieldView.Medium;

/**
 * Puts one school's values and the framework's blocks into converted text: each {@link Segment.FillIn}
 * becomes what {@link FieldView} says the reader sees, each {@link Segment.Block} the rendered task
 * list or form. Values are inserted as escaped text after conversion, so they are never read as
 * AsciiDoc or HTML.
 */
final class SchoolText {

    /** One place a field appears: the anchor id on its page. */
    record Occurrence(String fieldId, String anchor) {
    }

    /** A part's body for the screen and for print, and where each field appeared. */
    record Rendered(String screen, String print, List<Occurrence> occurrences) {
    }

    private final FieldView fields;
    private final Blocks blocks;

    SchoolText(FieldView fields, Blocks blocks) {
        this.fields = fields;
        this.blocks = blocks;
    }

    /**
     * A page body, every fill-in with a numbered anchor ({@code invul-<field>-<n>}) that the
     * completeness page links to; on screen values are links where their type has one, in print text.
     * {@code links} says where a link between pages goes in print.
     */
    Rendered page(Body body, HandbookLinks links) {
        return page(body, links, 2, new HashMap<>());
    }

    /**
     * One of several parts on a page (an audience page), placed under the part's own h2: a form's
     * title is an h3; {@code counts} numbers the anchors across the page's parts.
     */
    Rendered nestedPage(Body body, HandbookLinks links, Map<String, Integer> counts) {
        return page(body, links, 3, counts);
    }

    private Rendered page(Body body, HandbookLinks links, int formLevel, Map<String, Integer> counts) {
        StringBuilder screen = new StringBuilder();
        StringBuilder print = new StringBuilder();
        List<Occurrence> occurrences = new ArrayList<>();
        boolean printedLink = false;
        UnaryOperator<String> anchor = fieldId -> {
            if (!fields.counts(fieldId) && !(fields.of(fieldId) instanceof FieldView.Unknown)) {
                return null;
            }
            String id = "invul-" + fieldId + "-" + counts.merge(fieldId, 1, Integer::sum);
            occurrences.add(new Occurrence(fieldId, id));
            return id;
        };
        for (Segment segment : body.segments()) {
            if (segment instanceof Segment.FillIn f) {
                String id = anchor.apply(f.fieldId());
                screen.append(fields.html(f.fieldId(), id, Medium.SCREEN));
                print.append(fields.html(f.fieldId(), id, Medium.PRINT));
            } else if (segment instanceof Segment.Block b) {
                // a block's fill-ins (a task's responsible person) are numbered with the page's;
                // the printed block shows them with the same anchors
                List<String> anchors = new ArrayList<>();
                screen.append(blocks.html(b.kind(), b.id(), id -> {
                    String a = anchor.apply(id);
                    anchors.add(a);
                    return fields.html(id, a, Medium.SCREEN);
                }, formLevel, Medium.SCREEN));
                java.util.Iterator<String> again = anchors.iterator();
                print.append(blocks.html(b.kind(), b.id(), id -> fields.html(id, again.next(), Medium.PRINT), formLevel, Medium.PRINT));
            } else if (segment instanceof Segment.Checkbox c) {
                screen.append(checkbox(c, Medium.SCREEN));
                print.append(checkbox(c, Medium.PRINT));
            } else if (segment instanceof Segment.Link l) {
                screen.append("<a href=\"").append(l.href()).append("\">");
                java.util.Optional<String> target = links.target(l.href());
                target.ifPresent(t -> print.append("<a href=\"").append(Html.escape(t)).append("\">"));
                printedLink = target.isPresent();
            } else if (segment instanceof Segment.LinkEnd) {
                screen.append("</a>");
                print.append(printedLink ? "</a>" : "");
                printedLink = false;
            } else {
                String html = markup(segment);
                screen.append(html);
                print.append(html);
            }
        }
        return new Rendered(screen.toString(), print.toString(), List.copyOf(occurrences));
    }

    /** A title as HTML, without anchors; it holds no links (values or pages), because a title stands inside one (navigation, contents). */
    String title(Body body) {
        return inline(body, Medium.PRINT);
    }

    /** A text shown on a page of its own (a protocol card) as HTML on screen, without anchors. */
    String inline(Body body) {
        return inline(body, Medium.SCREEN);
    }

    private String inline(Body body, Medium medium) {
        StringBuilder out = new StringBuilder();
        for (Segment segment : body.segments()) {
            if (segment instanceof Segment.FillIn f) {
                out.append(fields.html(f.fieldId(), null, medium));
            } else if (segment instanceof Segment.Block b) {
                out.append(blocks.html(b.kind(), b.id(), id -> fields.html(id, null, medium), 2, medium));
            } else if (segment instanceof Segment.Checkbox c) {
                out.append(checkbox(c, medium));
            } else if (segment instanceof Segment.Link l) {
                out.append(medium == Medium.SCREEN ? "<a href=\"" + l.href() + "\">" : "");
            } else if (segment instanceof Segment.LinkEnd) {
                out.append(medium == Medium.SCREEN ? "</a>" : "");
            } else {
                out.append(markup(segment));
            }
        }
        return out.toString();
    }

    /** A text form (a title's, a search section's) as plain text, whitespace collapsed. */
    String text(Body body) {
        if (body.segments().size() == 1 && body.segments().get(0) instanceof Segment.Text only) {
            return only.text(); // collapsed in convert already
        }
        StringBuilder out = new StringBuilder();
        for (Segment segment : body.segments()) {
            if (segment instanceof Segment.Text t) {
                out.append(t.text());
            } else if (segment instanceof Segment.FillIn f) {
                out.append(fields.text(f.fieldId()));
            } else if (segment instanceof Segment.Block b) {
                out.append(' ').append(text(blocks.text(b.kind(), b.id()))).append(' ');
            } else if (segment instanceof Segment.Checkbox || segment instanceof Segment.Link || segment instanceof Segment.LinkEnd) {
                continue; // no words
            } else {
                throw new IllegalArgumentException("HTML in a text form: " + segment);
            }
        }
        return collapsed(out);
    }

    /** {@code text} with every run of white space one space, trimmed. */
    private static String collapsed(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = !out.isEmpty();
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The heading a block brings onto the page (a form's title), if it has one. */
    Optional<Blocks.Heading> heading(Segment.Block block) {
        return blocks.heading(block.kind(), block.id());
    }

    /** A checklist item's box: to tick on screen ({@code vplan.js} keeps its state by key), drawn in print. */
    private static String checkbox(Segment.Checkbox box, Medium medium) {
        if (medium == Medium.PRINT) {
            return "<span class=\"vakje\">" + (box.checked() ? "\u2611" : "\u2610") + "</span>";
        }
        return "<input type=\"checkbox\" data-item=\"" + Html.escape(box.key()) + "\"" + (box.checked() ? " checked" : "") + ">";
    }

    private static String markup(Segment segment) {
        if (segment instanceof Segment.Markup m) {
            return m.html();
        }
        return Html.escape(((Segment.Text) segment).text());
    }
}
