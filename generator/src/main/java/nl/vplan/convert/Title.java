package nl.vplan.convert;

/** A title as HTML (for pages) and as plain text (for page titles, reports and the search index), both with fill-ins. */
public record Title(Body html, Body text) {

    /** A title given as plain text, such as a slot's title from kader.yml. */
    public static Title plain(String text) {
        Body body = Body.text(text);
        return new Title(body, body);
    }
}
