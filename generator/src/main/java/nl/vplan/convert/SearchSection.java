package nl.vplan.convert;

/**
 * One section of a part for the search index: the text from one heading to the next, as plain text
 * with its fill-ins and blocks still in place. {@code anchor} is empty before the first heading.
 */
public record SearchSection(String anchor, Body title, Body text) {
}
