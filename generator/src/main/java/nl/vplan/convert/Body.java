package nl.vplan.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A converted text as segments: markup (or plain text) with the places of fill-ins and blocks. */
public record Body(List<Segment> segments) {

    public static final Body EMPTY = new Body(List.of());

    /** Matches either marker the macros leave in Asciidoctor's output; read only here, right after conversion. */
    private static final Pattern MARKERS = Pattern.compile(
            Markers.FILL_IN.pattern() + "|" + Markers.BLOCK.pattern() + "|" + Markers.CHECKBOX.pattern()
                    + "|" + Markers.LINK.pattern() + "|" + Pattern.quote(Markers.LINK_END));

    public Body {
        segments = List.copyOf(segments);
    }

    /** A body of plain text. */
    public static Body text(String text) {
        return text.isEmpty() ? EMPTY : new Body(List.of(new Segment.Text(text)));
    }

    /** Splits converted HTML at the markers {@link FillInMacro}, {@link TasksMacro}, {@link FormMacro}, {@link Checklists} and {@link PageLinks} left. */
    static Body ofMarkedHtml(String html) {
        List<Segment> segments = new ArrayList<>();
        Matcher m = MARKERS.matcher(html);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                segments.add(new Segment.Markup(html.substring(at, m.start())));
            }
            if (m.group(1) != null) {
                segments.add(new Segment.FillIn(m.group(1)));
            } else if (m.group(2) != null) {
                segments.add(new Segment.Block(m.group(2), m.group(3)));
            } else if (m.group(4) != null) {
                segments.add(new Segment.Checkbox(m.group(4), m.group(5).equals("ja")));
            } else if (m.group(6) != null) {
                segments.add(new Segment.Link(m.group(6)));
            } else {
                segments.add(new Segment.LinkEnd());
            }
            at = m.end();
        }
        if (at < html.length()) {
            segments.add(new Segment.Markup(html.substring(at)));
        }
        return new Body(segments);
    }

    public boolean isEmpty() {
        return segments.isEmpty();
    }

    /** The ids of the blocks of {@code kind} in this body, in order. */
    public Stream<String> blocks(String kind) {
        return segments.stream().filter(s -> s instanceof Segment.Block b && b.kind().equals(kind))
                .map(s -> ((Segment.Block) s).id());
    }
}
