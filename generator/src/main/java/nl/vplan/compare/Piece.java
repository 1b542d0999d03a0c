package nl.vplan.compare;

/** A run of text in a redline: as it was, inserted, or deleted. */
public record Piece(String text, Change change) {

    public enum Change { SAME, INSERTED, DELETED }

    public boolean inserted() {
        return change == Change.INSERTED;
    }

    public boolean deleted() {
        return change == Change.DELETED;
    }
}
