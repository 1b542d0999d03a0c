package nl.vplan.convert;

/** A section heading of a converted part, for the page's table of contents. Title is HTML (may hold fill-in markers). */
public record Heading(String id, int level, String titleHtml) {
}
