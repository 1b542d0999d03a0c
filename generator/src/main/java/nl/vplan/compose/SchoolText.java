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

    /** A part's body for the screen, and where each field appeared. */
    record Rendered(String html, List<Occurrence> occurrences) {
    }

    /** Links in a title: none, it stands inside a link itself. */
    private static final HandbookLinks NO_LINKS = new HandbookLinks(java.util.Set.of(), java.util.Set.of());

    private final FieldView fields;
    private final Blocks blocks;

    SchoolText(FieldView fields, Blocks blocks) {
        this.fields = fields;
        this.blocks = blocks;
    }

    /** What the school's reader sees of each field in this edition. */
    FieldView fields() {
        return fields;
    }

    /**
     * A page body, every fill-in with a numbered anchor ({@code invul-<field>-<n>}) that the
     * completeness page links to; values are links where their type has one.
     */
    Rendered page(Body body) {
        List<Occurrence> occurrences = new ArrayList<>();
        return new Rendered(render(body, Medium.SCREEN, null, 2, new HashMap<>(), occurrences), List.copyOf(occurrences));
    }

    /**
     * One of several parts on a page (an audience page), placed under the part's own h2: a form's
     * title is an h3; {@code counts} numbers the anchors across the page's parts.
     */
    String nestedPage(Body body, Map<String, Integer> counts) {
        return render(body, Medium.SCREEN, null, 3, counts, new ArrayList<>());
    }

    /**
     * A part's body as the handbook prints it, with the page's anchors: values as text, boxes and
     * form lines drawn, a link to another part sent to its place in the handbook ({@code links}).
     */
    String print(Body body, HandbookLinks links) {
        return render(body, Medium.PRINT, links, 2, new HashMap<>(), new ArrayList<>());
    }

    /**
     * {@code body} for {@code medium}; {@code links} says where a link to another page goes in print
     * (null on screen), {@code counts} numbers the fill-ins' anchors (null for none).
     */
    private String render(Body body, Medium medium, HandbookLinks links, int formLevel, Map<String, Integer> counts,
                          List<Occurrence> occurrences) {
        StringBuilder out = new StringBuilder();
        UnaryOperator<String> fillIn = fieldId -> {
            String anchor = null;
            if (counts != null && (fields.counts(fieldId) || fields.of(fieldId) instanceof FieldView.Unknown)) {
                anchor = "invul-" + fieldId + "-" + counts.merge(fieldId, 1, Integer::sum);
                occurrences.add(new Occurrence(fieldId, anchor));
            }
            return fields.html(fieldId, anchor, medium);
        };
        boolean linkOpen = false;
        for (Segment segment : body.segments()) {
            if (segment instanceof Segment.FillIn f) {
                out.append(fillIn.apply(f.fieldId()));
            } else if (segment instanceof Segment.Block b) {
                // a block's fill-ins (a task's responsible person) are numbered with the page's
                out.append(blocks.html(b.kind(), b.id(), fillIn, formLevel, medium));
            } else if (segment instanceof Segment.Checkbox c) {
                out.append(checkbox(c, medium));
            } else if (segment instanceof Segment.Link l) {
                Optional<String> target = medium == Medium.SCREEN ? Optional.of(l.href()) : links.target(l.href()).map(Html::escape);
                target.ifPresent(href -> out.append("<a href=\"").append(href).append("\">"));
                linkOpen = target.isPresent();
            } else if (segment instanceof Segment.LinkEnd) {
                out.append(linkOpen ? "</a>" : "");
                linkOpen = false;
            } else {
                out.append(markup(segment));
            }
        }
        return out.toString();
    }

    /** A title as HTML, without anchors; it holds no links (values or pages), because a title stands inside one (navigation, contents). */
    String title(Body body) {
        return render(body, Medium.PRINT, NO_LINKS, 2, null, new ArrayList<>());
    }

    /** A text shown on a page of its own (a protocol card) as HTML on screen, without anchors. */
    String inline(Body body) {
        return render(body, Medium.SCREEN, null, 2, null, new ArrayList<>());
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
