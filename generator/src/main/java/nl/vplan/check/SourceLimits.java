package nl.vplan.check;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vplan.load.ContentPaths;
import nl.vplan.load.SourceLine;
import nl.vplan.model.Problem;

/**
 * What keeps a text from hurting the build rather than saying something: lines and nesting that make
 * Asciidoctor run out of time or stack, conditions that do not close, and images that would make the
 * printer read a file outside the content folder or fetch something over the network. Each is
 * reported with file and line before Asciidoctor sees the text ({@code build} runs {@code check} first).
 */
final class SourceLimits {

    /**
     * Characters per line. Asciidoctor's inline substitutions take quadratic time on a long line of
     * unclosed markup (measured: 48 kB of {@code *_`#} adds 14 s, 480 kB over 120 s); at 5,000 such a
     * line costs a fraction of a second. A long paragraph written on one line is about 1,500.
     */
    static final int MAX_LINE = 5_000;
    /**
     * Characters in one paragraph: Asciidoctor joins its lines before the same substitutions, so many
     * short lines of unclosed {@code link:x[} are as slow as one long one. 10,000 is a page and a half
     * of text without a blank line.
     */
    static final int MAX_PARAGRAPH = 10_000;
    /** Blocks inside blocks. Asciidoctor parses nesting by recursion (800 levels overflow its stack); a real text uses three or four. */
    static final int MAX_NESTING = 16;
    /** A list item's marker ({@code *****}, {@code .....}): Asciidoctor knows five levels; a longer marker only nests deeper. */
    static final int MAX_LIST_MARKER = 8;

    /** Lines that start a unit of their own inside a run of lines: a table cell, a list item. */
    private static final Pattern OWN_START = Pattern.compile("^\\s*(?:[|!]|[*.-]+\\s|\\d+\\.\\s)");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(\\*+|\\.+)\\s+\\S");
    private static final Pattern IMAGE = Pattern.compile("image::?([^\\s\\[][^\\[]*)\\[");
    private static final Pattern URL = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private final Path contentRoot;
    private final List<Problem> problems;

    SourceLimits(Path contentRoot, List<Problem> problems) {
        this.contentRoot = contentRoot.toAbsolutePath().normalize();
        this.problems = problems;
    }

    /** Checks the lines of one read (a file with its includes). */
    void check(List<SourceLine> lines) {
        Deque<SourceLine> blocks = new ArrayDeque<>();
        Deque<SourceLine> conditions = new ArrayDeque<>();
        Set<Path> tooDeep = new HashSet<>();
        int paragraph = 0;
        for (SourceLine line : lines) {
            if (line.text().length() > MAX_LINE) {
                problems.add(Problem.error(line.where().column(MAX_LINE + 1), "de regel is te lang (" + line.text().length()
                        + " tekens; hooguit " + MAX_LINE + "): breek hem af over meer regels"));
                continue;
            }
            if (line.text().isBlank() || line.isDelimiter() || !line.isText() || OWN_START.matcher(line.text()).find()) {
                paragraph = 0;
            } else if ((paragraph += line.text().length()) > MAX_PARAGRAPH && paragraph - line.text().length() <= MAX_PARAGRAPH) {
                problems.add(Problem.error(line.where(0), "de alinea is hier langer dan " + MAX_PARAGRAPH
                        + " tekens zonder witregel; zet er witregels in"));
            }
            if (line.kind() == SourceLine.Kind.DIRECTIVE) {
                condition(line, conditions);
            } else if (line.isDelimiter()) {
                if (!blocks.isEmpty() && blocks.peek().text().equals(line.text())) {
                    blocks.pop();
                } else {
                    blocks.push(line);
                    if (blocks.size() > MAX_NESTING && tooDeep.add(line.file())) {
                        problems.add(Problem.error(line.where(0), "blokken zijn hier meer dan " + MAX_NESTING
                                + " niveaus in elkaar genest; zo diep kan geen lezer het volgen (en Asciidoctor loopt vast)"));
                    }
                }
            } else if (line.isText()) {
                listDepth(line, tooDeep);
                images(line);
            }
        }
        for (SourceLine open : conditions) {
            problems.add(Problem.error(open.where(0), open.directive().name() + ":: wordt nergens met endif::[] gesloten"));
        }
    }

    private void condition(SourceLine line, Deque<SourceLine> open) {
        String name = line.directive().name();
        boolean block = name.equals("ifeval") || (name.equals("ifdef") || name.equals("ifndef")) && line.text().endsWith("[]");
        if (block) {
            open.push(line);
        } else if (name.equals("endif")) {
            if (open.isEmpty()) {
                problems.add(Problem.error(line.where(0), "endif:: zonder ifdef::, ifndef:: of ifeval:: ervoor"));
            } else {
                open.pop();
            }
        }
    }

    private void listDepth(SourceLine line, Set<Path> tooDeep) {
        Matcher m = LIST_MARKER.matcher(line.text());
        if (m.find() && m.group(1).length() > MAX_LIST_MARKER && tooDeep.add(line.file())) {
            problems.add(Problem.error(line.where(m.start(1)), "een lijst is hier meer dan " + MAX_LIST_MARKER
                    + " niveaus diep genest; maak hem platter"));
        }
    }

    /** An image must be a file in the content folder: the printer reads nothing else, and fetches nothing. */
    private void images(SourceLine line) {
        Matcher m = IMAGE.matcher(line.text());
        while (m.find()) {
            String target = m.group(1).strip();
            if (target.contains("{")) {
                continue; // depends on attributes; the printer refuses anything outside the content folder
            }
            String why = URL.matcher(target).find() ? "een adres op internet of elders"
                    : ContentPaths.inside(line.file().getParent(), target).filter(p -> p.startsWith(contentRoot)).isEmpty()
                            ? "een bestand buiten de inhoudsmap" : null;
            if (why != null) {
                problems.add(Problem.error(line.where(m.start(1)), "afbeelding '" + target + "' is " + why + "; zet de afbeelding in de inhoudsmap en verwijs ernaar met een pad ten opzichte van dit bestand"));
            }
        }
    }
}
