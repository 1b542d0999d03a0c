package nl.vplan.convert;

/** A section heading of a converted part, for the page's table of contents. */
public record Heading(String id, int level, Title title) {
}
