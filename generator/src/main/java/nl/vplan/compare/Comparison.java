package nl.vplan.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vplan.compare.DocumentChanges.PartRedline;
import nl.vplan.compare.DocumentChanges.PartRef;
import nl.vplan.compare.DocumentChanges.RedlineBlock;
import nl.vplan.compare.DocumentChanges.ValueChange;
import nl.vplan.compare.RenderedSchool.RenderedDocument;
import nl.vplan.compare.RenderedSchool.RenderedPart;

/**
 * Compares what one school's readers saw with what they see now, document by document: parts by
 * id (their order by the longest common order, the rest "moved"), the blocks of a part in order
 * (java-diff-utils), and inside a changed block its words ({@link WordDiff}).
 */
public final class Comparison {

    private Comparison() {
    }

    /** The changes in document {@code documentId} (absent before: every part is added). */
    public static DocumentChanges of(RenderedSchool before, RenderedSchool after, String documentId) {
        RenderedDocument now = after.documents().get(documentId);
        RenderedDocument then = before.documents().getOrDefault(documentId,
                new RenderedDocument(documentId, now.titel(), "", List.of()));
        Map<String, RenderedPart> old = byId(then.parts());
        Map<String, RenderedPart> current = byId(now.parts());
        List<PartRef> added = new ArrayList<>();
        List<PartRef> removed = new ArrayList<>();
        List<PartRedline> redlines = new ArrayList<>();
        for (RenderedPart part : now.parts()) {
            RenderedPart was = old.get(part.id());
            if (was == null) {
                added.add(ref(part));
                redlines.add(new PartRedline(ref(part), true, part.blocks().stream()
                        .map(b -> new RedlineBlock(b.kind(), b.level(), List.of(new Piece(b.text(), Piece.Change.INSERTED)), false)).toList()));
            } else {
                List<RedlineBlock> blocks = redline(was, part);
                if (!blocks.isEmpty()) {
                    redlines.add(new PartRedline(ref(part), false, blocks));
                }
            }
        }
        then.parts().stream().filter(p -> !current.containsKey(p.id())).forEach(p -> removed.add(new PartRef(p.id(), p.numberedTitle(), "")));
        return new DocumentChanges(documentId, now.titel(), added, removed, moved(then, now, current), redlines,
                values(before, after, then, now), changed(before.choices(), after.choices()));
    }

    private static PartRef ref(RenderedPart part) {
        return new PartRef(part.id(), part.numberedTitle(), part.href());
    }

    private static Map<String, RenderedPart> byId(List<RenderedPart> parts) {
        Map<String, RenderedPart> map = new LinkedHashMap<>();
        parts.forEach(p -> map.put(p.id(), p));
        return map;
    }

    /** Parts in both versions that left the longest order the two have in common. */
    private static List<PartRef> moved(RenderedDocument then, RenderedDocument now, Map<String, RenderedPart> current) {
        List<String> before = then.parts().stream().map(RenderedPart::id).filter(current::containsKey).toList();
        Set<String> kept = new LinkedHashSet<>(before);
        List<String> after = now.parts().stream().map(RenderedPart::id).filter(kept::contains).toList();
        Set<String> moved = new LinkedHashSet<>();
        for (AbstractDelta<String> delta : DiffUtils.diff(before, after).getDeltas()) {
            moved.addAll(delta.getTarget().getLines());
        }
        return now.parts().stream().filter(p -> moved.contains(p.id())).map(Comparison::ref).toList();
    }

    /**
     * The redline of one part: changed blocks with their words marked, the headings they stand under
     * (so a reader knows where), and a gap mark where unchanged text is left out. Empty when nothing changed.
     */
    static List<RedlineBlock> redline(RenderedPart was, RenderedPart now) {
        List<Entry> entries = new ArrayList<>();
        if (!was.title().equals(now.title())) {
            entries.add(new Entry(new Block(Block.Kind.HEADING, 1, now.title()), WordDiff.of(was.title(), now.title()), true));
        }
        List<Block> from = was.blocks();
        List<Block> to = now.blocks();
        int at = 0;
        for (AbstractDelta<Block> delta : DiffUtils.diff(from, to).getDeltas()) {
            int targetAt = delta.getTarget().getPosition() - (delta.getSource().getPosition() - at);
            for (int i = at; i < delta.getSource().getPosition(); i++) {
                Block same = to.get(targetAt + i - at);
                entries.add(new Entry(same, List.of(new Piece(same.text(), Piece.Change.SAME)), false));
            }
            List<Block> olds = delta.getSource().getLines();
            List<Block> news = delta.getTarget().getLines();
            for (int i = 0; i < Math.max(olds.size(), news.size()); i++) {
                Block o = i < olds.size() ? olds.get(i) : null;
                Block n = i < news.size() ? news.get(i) : null;
                if (o != null && n != null && o.kind() == n.kind()) {
                    entries.add(new Entry(n, WordDiff.of(o.text(), n.text()), true));
                } else {
                    if (o != null) {
                        entries.add(new Entry(o, List.of(new Piece(o.text(), Piece.Change.DELETED)), true));
                    }
                    if (n != null) {
                        entries.add(new Entry(n, List.of(new Piece(n.text(), Piece.Change.INSERTED)), true));
                    }
                }
            }
            at = delta.getSource().getPosition() + delta.getSource().size();
        }
        return entries.stream().anyMatch(Entry::changed) ? withContext(entries) : List.of();
    }

    private record Entry(Block block, List<Piece> pieces, boolean changed) {
    }

    /** The changed entries and the headings they stand under; a gap mark wherever entries are left out. */
    private static List<RedlineBlock> withContext(List<Entry> entries) {
        Set<Entry> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()); // equal entries are still two places
        List<Entry> headings = new ArrayList<>(); // the headings above the current place, outermost first
        for (Entry entry : entries) {
            if (entry.changed()) {
                kept.addAll(headings);
                kept.add(entry);
            }
            if (entry.block().heading()) {
                headings.removeIf(h -> h.block().level() >= entry.block().level());
                headings.add(entry);
            }
        }
        List<RedlineBlock> shown = new ArrayList<>();
        boolean gap = false;
        for (Entry entry : entries) {
            if (kept.contains(entry)) {
                shown.add(new RedlineBlock(entry.block().kind(), entry.block().level(), entry.pieces(), gap));
                gap = false;
            } else {
                gap = true;
            }
        }
        return shown;
    }

    /** Values whose text changed and that this document shows (before or now). */
    private static List<ValueChange> values(RenderedSchool before, RenderedSchool after, RenderedDocument then, RenderedDocument now) {
        List<ValueChange> changes = new ArrayList<>();
        for (ValueChange change : changed(before.values(), after.values())) {
            if (shows(now, change.after()) || shows(then, change.before())) {
                changes.add(change);
            }
        }
        return changes;
    }

    private static boolean shows(RenderedDocument document, String text) {
        return !text.isEmpty() && document.parts().stream().flatMap(p -> p.blocks().stream()).anyMatch(b -> b.text().contains(text));
    }

    private static List<ValueChange> changed(Map<String, String> before, Map<String, String> after) {
        Set<String> labels = new LinkedHashSet<>(after.keySet());
        labels.addAll(before.keySet());
        List<ValueChange> changes = new ArrayList<>();
        for (String label : labels) {
            String was = before.getOrDefault(label, "");
            String is = after.getOrDefault(label, "");
            if (!was.equals(is)) {
                changes.add(new ValueChange(label, was, is));
            }
        }
        return changes;
    }
}
