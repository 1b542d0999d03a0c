package nl.vplan.check;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vplan.load.SourceLine;
import nl.vplan.model.Problem;
import nl.vplan.model.SourceRef;

/**
 * Follows the sections of one part's source (its includes in place, as Asciidoctor reads it)
 * marked {@code [doelgroep=…]} and warns when text for an audience sits inside a section for other
 * audiences only: that text then reaches no audience page (the outer section is left off its page,
 * the inner text off the outer audience's page).
 */
final class AudienceNesting {

    private static final Pattern SECTION = Pattern.compile("^(=+)\\s+\\S");

    private record Marked(int level, List<String> audiences, SourceRef where) {
    }

    private final Deque<Marked> sections = new ArrayDeque<>();
    private List<String> pending = List.of();
    private SourceRef pendingWhere;

    /** Feeds the next text line; {@code marked} are the audiences its {@code [doelgroep=…]} names, if any. */
    void line(SourceLine source, List<String> marked, List<Problem> problems) {
        String line = source.text();
        if (!marked.isEmpty()) {
            pending = marked;
            pendingWhere = source.where(0);
            return;
        }
        if (line.isBlank() || line.startsWith("[") || line.startsWith(".") && !line.startsWith("..")) {
            return; // more attributes or a block title before the block the mark belongs to
        }
        Matcher section = SECTION.matcher(line);
        int level = section.find() ? section.group(1).length() - 1 : -1;
        if (level >= 0) {
            while (!sections.isEmpty() && sections.peek().level() >= level) {
                sections.pop();
            }
        }
        if (!pending.isEmpty()) {
            Marked outer = sections.peek();
            if (outer != null && !outer.audiences().containsAll(pending)) {
                problems.add(Problem.warning(pendingWhere, "tekst voor " + String.join(", ", pending)
                        + " staat in een sectie alleen voor " + String.join(", ", outer.audiences())
                        + " (" + place(outer.where(), pendingWhere) + ") en komt zo niet op de pagina voor "
                        + String.join(", ", pending.stream().filter(a -> !outer.audiences().contains(a)).toList())));
            }
            if (level >= 0) {
                sections.push(new Marked(level, pending, pendingWhere));
            }
            pending = List.of();
        }
    }

    /** "regel 15", or the whole place when the section starts in another file. */
    private static String place(SourceRef section, SourceRef text) {
        return section.file().equals(text.file()) ? "regel " + section.line() : section.display();
    }
}
