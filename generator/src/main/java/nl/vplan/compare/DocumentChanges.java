package nl.vplan.compare;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What changed in one document for one school's readers: parts added, removed, moved and changed
 * (each changed one as a redline), and the school's values and choices that changed.
 */
public record DocumentChanges(String documentId, String titel, List<PartRef> added, List<PartRef> removed, List<PartRef> moved,
                              List<PartRedline> redlines, List<ValueChange> values, List<ValueChange> choices) {

    /** A part named in the summary: its number and title, and its page (empty for a removed part). */
    public record PartRef(String id, String title, String href) {
    }

    /** A changed (or added) part: its blocks with changes, the headings above them, and gaps where unchanged text is left out. */
    public record PartRedline(PartRef part, boolean added, List<RedlineBlock> blocks) {
    }

    /** A block of a redline; {@code gapBefore} when unchanged text before it is left out. */
    public record RedlineBlock(Block.Kind kind, int level, List<Piece> pieces, boolean gapBefore) {

        public boolean heading() {
            return kind == Block.Kind.HEADING;
        }

        public String kindName() {
            return kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A value or choice as readers saw it and see it now. */
    public record ValueChange(String label, String before, String after) {
    }

    /** True when this school's readers see this document exactly as before. */
    public boolean none() {
        return added.isEmpty() && removed.isEmpty() && moved.isEmpty() && redlines.isEmpty() && values.isEmpty()
                && choices.isEmpty();
    }

    /** How many parts were added, removed, moved or changed. */
    public int partsChanged() {
        Set<String> ids = new LinkedHashSet<>();
        added.forEach(p -> ids.add(p.id()));
        removed.forEach(p -> ids.add(p.id()));
        moved.forEach(p -> ids.add(p.id()));
        redlines.forEach(p -> ids.add(p.part().id()));
        return ids.size();
    }

    /** The changed parts that were there before (not added). */
    public List<PartRedline> changedParts() {
        return redlines.stream().filter(r -> !r.added()).toList();
    }
}
