package nl.vplan.compare;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words inserted and deleted between two versions of one block, as pieces of text. A number
 * with its separators (012-5550100, 2026-09-01) is one word, so a changed phone number reads as one
 * change; punctuation and spaces are words of their own.
 */
public final class WordDiff {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}'’]*|\\p{N}[\\p{N}.,:/-]*\\p{N}|\\p{N}|\\s+|.");

    private WordDiff() {
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    /** {@code before} turned into {@code after}, word by word. */
    public static List<Piece> of(String before, String after) {
        List<String> from = words(before);
        List<String> to = words(after);
        List<Piece> pieces = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
            add(pieces, String.join("", from.subList(at, delta.getSource().getPosition())), Piece.Change.SAME);
            add(pieces, String.join("", delta.getSource().getLines()), Piece.Change.DELETED);
            add(pieces, String.join("", delta.getTarget().getLines()), Piece.Change.INSERTED);
            at = delta.getSource().getPosition() + delta.getSource().size();
        }
        add(pieces, String.join("", from.subList(at, from.size())), Piece.Change.SAME);
        return pieces;
    }

    private static void add(List<Piece> pieces, String text, Piece.Change change) {
        if (text.isEmpty()) {
            return;
        }
        if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).change() == change) {
            Piece last = pieces.remove(pieces.size() - 1);
            pieces.add(new Piece(last.text() + text, change));
        } else {
            pieces.add(new Piece(text, change));
        }
    }
}
