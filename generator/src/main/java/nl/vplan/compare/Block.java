package nl.vplan.compare;

/**
 * One block of a part's text as a reader sees it: a heading (with its level), a paragraph, a list
 * item, a table cell or another block, with its text (white space folded).
 */
public record Block(Kind kind, int level, String text) {

    public enum Kind { HEADING, PARAGRAPH, ITEM, CELL, TERM, OTHER }

    public boolean heading() {
        return kind == Kind.HEADING;
    }
}
