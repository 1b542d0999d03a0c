package nl.vplan.convert;

/**
 * A piece of a converted part. Converted text is school-independent: where a school's value or a
 * block from the framework belongs, the part holds a {@link FillIn} or {@link Block} instead, and
 * compose puts in what this school's reader sees there.
 */
public sealed interface Segment {

    /** Converted HTML, safe as it is. */
    record Markup(String html) implements Segment {
    }

    /** Plain text (in a title's or search section's text form); escaped when shown as HTML. */
    record Text(String text) implements Segment {
    }

    /** {@code invul:<field>[]}: the school's value of a field. */
    record FillIn(String fieldId) implements Segment {
    }

    /** A checklist item's checkbox: its key (stable across rebuilds) and whether it starts ticked. */
    record Checkbox(String key, boolean checked) implements Segment {
    }

    /**
     * Where a link to another page or file starts ({@code href} as it stands in the HTML, escaped);
     * on the site it is that link, in the handbook a link to the same place inside it, or only its words.
     */
    record Link(String href) implements Segment {
    }

    /** Where a {@link Link} ends. */
    record LinkEnd() implements Segment {
    }

    /** {@code taken::<id>[]} or {@code formulier::<id>[]}: a block rendered from the framework. */
    record Block(String kind, String id) implements Segment {
    }
}
