package nl.vplan.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vplan.load.SourceLine.Directive;
import nl.vplan.load.SourceLine.Kind;
import nl.vplan.model.Problem;
import nl.vplan.model.SourceRef;

/**
 * The one reader of AsciiDoc sources outside Asciidoctor, so that {@code vplan check} and
 * {@code vplan build} see the same lines: it follows includes (inside the content folder only),
 * knows comments and verbatim blocks, and either evaluates the conditional directives for a
 * school's attributes ({@link #evaluating}: the lines that school's conversion sees) or hands every
 * line out with the directives as lines of their own ({@link #everyLine}: for checks and for
 * finding the attributes a source depends on).
 *
 * <p>It follows Asciidoctor (2.0): a directive ({@code ifdef::}, {@code include::}, …) counts only
 * from the first column and must end with {@code ]}, so an indented one is text, as it is to
 * Asciidoctor's preprocessor; trailing whitespace does not matter. Directives are processed inside
 * verbatim blocks too, but not inside comment blocks. An indented line that starts a block starts
 * a literal paragraph, verbatim up to the next blank line, delimiter or attribute line (indented
 * lines continuing a paragraph or list item are text).
 */
public final class AsciidocSource {

    private static final Pattern CONDITIONAL = Pattern.compile("^(ifdef|ifndef|ifeval|endif)::(\\S*?)\\[(.*)\\]$");
    private static final Pattern INCLUDE = Pattern.compile("^include::([^\\s\\[](?:[^\\[]*[^\\s\\[])?)\\[(.*)\\]$");
    /** A verbatim block's opening delimiter: four or more of - . + (uniform), or a fence with a language. */
    private static final Pattern VERBATIM = Pattern.compile("^(-{4,}|\\.{4,}|\\+{4,}|```.*)$");
    /** Lines after which a block starts: attribute lines and anchors, block titles, section titles. */
    private static final Pattern BEFORE_BLOCK = Pattern.compile("^(\\[.*\\]|\\.[^.\\s].*|=+\\s+\\S.*)$");
    private static final Pattern COMMENT_BLOCK = Pattern.compile("^/{4,}$");
    /** As deep as the conversion follows includes (its {@code max-include-depth}); a cycle is reported long before. */
    private static final int MAX_DEPTH = 16;
    /** An attribute entry, {@code :name: value} or {@code :name!:}. */
    private static final Pattern ATTRIBUTE_ENTRY = Pattern.compile("^:([\\p{L}\\p{N}_][\\p{L}\\p{N}_-]*)(!?):(?:\\s+(.*))?$");

    private final Path contentRoot;
    /** The school's attributes; null when every line is read. */
    private final Conditions conditions;
    private final Set<Path> seen = new HashSet<>();

    private AsciidocSource(Path contentRoot, Map<String, String> attributes) {
        this.contentRoot = contentRoot;
        this.conditions = attributes == null ? null : new Conditions(attributes);
    }

    /**
     * A framework file's own document title ({@code = Titel}), for a part the plan does not show (an
     * optional part switched off); empty when it has none or cannot be read.
     */
    public static java.util.Optional<String> documentTitle(Path file) {
        try (java.util.stream.Stream<String> lines = java.nio.file.Files.lines(file, java.nio.charset.StandardCharsets.UTF_8)) {
            return lines.filter(l -> l.startsWith("= ")).map(l -> l.substring(2).strip()).findFirst();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return java.util.Optional.empty();
        }
    }

    /**
     * Every line, conditions not evaluated: directives come out as {@link Kind#DIRECTIVE} lines and
     * both branches follow. Each file is read once over this reader's life, however often it is
     * included, so each line is reported once.
     */
    public static AsciidocSource everyLine(Path contentRoot) {
        return new AsciidocSource(contentRoot, null);
    }

    /**
     * The lines a conversion with these attributes sees: branches not taken and the directives
     * themselves are left out, a holding single-line {@code ifdef::a[text]} gives its text, and a
     * file is read again each time it is included.
     */
    public static AsciidocSource evaluating(Path contentRoot, Map<String, String> attributes) {
        return new AsciidocSource(contentRoot, Map.copyOf(attributes));
    }

    /**
     * The lines of {@code file} with its includes in place, or empty when it cannot be read (a
     * problem is added) or, when not evaluating, was read before. Include problems (outside the
     * content folder, missing, circular) are added with {@code file:line:column}.
     */
    public Optional<List<SourceLine>> read(Path file, List<Problem> problems) {
        Reading reading = new Reading(problems);
        return reading.file(file, List.of()) ? Optional.of(reading.lines) : Optional.empty();
    }

    private boolean evaluates() {
        return conditions != null;
    }

    /** The state of one read: like Asciidoctor's reader, blocks and conditions run on across includes. */
    private final class Reading {

        private final List<Problem> problems;
        private final List<SourceLine> lines = new ArrayList<>();
        private final Deque<Boolean> active = new ArrayDeque<>();
        /** The attributes the text itself has set so far, for an include's target. */
        private final Map<String, String> defined = new java.util.HashMap<>();
        private String closing; // the delimiter that ends the open comment or verbatim block
        private boolean comment;
        private boolean literal;
        private boolean blockStart = true; // the next line starts a block

        Reading(List<Problem> problems) {
            this.problems = problems;
        }

        boolean file(Path file, List<Path> chain) {
            if (!evaluates() && !seen.add(file)) {
                return false;
            }
            Optional<String> text = TextFiles.read(contentRoot, file, problems);
            if (text.isEmpty()) {
                return false;
            }
            List<String> source = text.get().lines().toList();
            List<Path> deeper = new ArrayList<>(chain);
            deeper.add(file);
            for (int i = 0; i < source.size(); i++) {
                line(file, i + 1, source.get(i).stripTrailing(), deeper);
            }
            return true;
        }

        private void line(Path file, int number, String text, List<Path> chain) {
            if (comment) {
                closing = text.equals(closing) ? null : closing;
                comment = closing != null;
                lines.add(new SourceLine(file, number, Kind.COMMENT, text, 0, null));
                return;
            }
            Matcher m;
            if ((m = CONDITIONAL.matcher(text)).matches() && conditional(file, number, text, m)) {
                return;
            }
            if (!on()) {
                return;
            }
            if ((m = INCLUDE.matcher(text)).matches()) {
                include(file, number, text, m.group(1), chain);
                return;
            }
            add(file, number, text, 0);
        }

        /** Handles a conditional directive; false when it is malformed and so just text. */
        private boolean conditional(Path file, int number, String text, Matcher m) {
            String name = m.group(1);
            String target = m.group(2);
            String body = m.group(3);
            boolean ifeval = name.equals("ifeval");
            boolean malformed = ifeval ? !target.isEmpty() || body.isEmpty()
                    : name.equals("endif") ? !body.isEmpty() : target.isEmpty();
            if (malformed) {
                return false;
            }
            // Asciidoctor splits on the first separator it finds: a,b is any, a+b is all.
            int comma = target.indexOf(','), plus = target.indexOf('+');
            boolean all = plus >= 0 && (comma < 0 || plus < comma);
            List<SourceLine.Token> names = ifeval ? SourceLine.references(text, 0) : names(target, all ? '+' : ',', m.start(2));
            if (!evaluates()) {
                lines.add(new SourceLine(file, number, Kind.DIRECTIVE, text, 0, new Directive(name, ifeval ? body : target, names, all)));
                if (!ifeval && !body.isEmpty()) {
                    add(file, number, body, m.start(3));
                }
                return true;
            }
            switch (name) {
                case "endif" -> active.poll();
                case "ifeval" -> active.push(on() && conditions.evaluate(body));
                default -> {
                    boolean holds = on() && name.equals("ifdef") == conditions.defined(names, all);
                    if (body.isEmpty()) {
                        active.push(holds);
                    } else if (holds) {
                        add(file, number, body, m.start(3));
                    }
                }
            }
            return true;
        }

        private void include(Path file, int number, String text, String target, List<Path> chain) {
            if (!evaluates()) {
                lines.add(new SourceLine(file, number, Kind.DIRECTIVE, text, 0,
                        new Directive("include", target, SourceLine.references(text, 0), false)));
            }
            String resolved = definedIn(target);
            if (!evaluates() && resolved.contains("{")) {
                return; // depends on a school's attributes: resolved (and confined) at conversion time
            }
            resolved = evaluates() ? conditions.substitute(resolved) : resolved;
            SourceRef where = new SourceRef(file, number).column(1);
            Optional<Path> path = ContentPaths.inside(file.getParent(), resolved).filter(p -> p.startsWith(contentRoot));
            if (path.isEmpty()) {
                problems.add(Problem.error(where, "include '" + target + "' wijst buiten de inhoudsmap en wordt geweigerd"));
            } else if (!Files.isRegularFile(path.get())) {
                problems.add(Problem.error(where, "include '" + target + "': bestand bestaat niet"));
            } else if (chain.contains(path.get()) || chain.size() >= MAX_DEPTH) {
                problems.add(Problem.error(where, "include '" + target + "' neemt zichzelf (via via) weer op"));
            } else {
                file(path.get(), chain);
            }
        }

        /** {@code text} with the references to attributes the text set replaced (others left as they are). */
        private String definedIn(String text) {
            Matcher m = SourceLine.REFERENCE.matcher(text);
            StringBuilder result = new StringBuilder();
            while (m.find()) {
                String value = defined.get(m.group(1));
                m.appendReplacement(result, Matcher.quoteReplacement(value == null ? m.group() : value));
            }
            return m.appendTail(result).toString();
        }

        /** A line the parser reads: opens or closes comment and verbatim blocks and literal paragraphs. */
        private void add(Path file, int number, String text, int offset) {
            Kind kind = Kind.TEXT;
            if (literal && (text.isBlank() || SourceLine.interruptsParagraph(text))) {
                literal = false;
            }
            if (closing != null) {
                if (text.equals(closing)) {
                    closing = null;
                } else {
                    kind = Kind.VERBATIM;
                }
            } else if (COMMENT_BLOCK.matcher(text).matches()) {
                closing = text;
                comment = true;
                kind = Kind.COMMENT;
            } else if (text.startsWith("//") && !text.startsWith("///")) {
                kind = Kind.COMMENT;
            } else if (literal || blockStart && !text.isBlank() && Character.isWhitespace(text.charAt(0))) {
                // An indented line starting a block starts a literal paragraph, up to a blank line,
                // a delimiter or an attribute line.
                literal = true;
                kind = Kind.VERBATIM;
            } else if (VERBATIM.matcher(text).matches()) {
                closing = text.startsWith("```") ? "```" : text;
            }
            SourceLine line = new SourceLine(file, number, kind, text, offset, null);
            Matcher entry = ATTRIBUTE_ENTRY.matcher(text);
            if (kind == Kind.TEXT && entry.matches()) {
                if (entry.group(2).isEmpty()) {
                    defined.put(entry.group(1), definedIn(entry.group(3) == null ? "" : entry.group(3).strip()));
                } else {
                    defined.remove(entry.group(1));
                }
            }
            if (kind == Kind.TEXT) {
                blockStart = text.isBlank() || line.isDelimiter() || BEFORE_BLOCK.matcher(text).matches();
            }
            lines.add(line);
        }

        private boolean on() {
            return active.isEmpty() || active.peek();
        }
    }

    /** The names in {@code target}, which starts at index {@code start} of its line. */
    private static List<SourceLine.Token> names(String target, char separator, int start) {
        List<SourceLine.Token> names = new ArrayList<>();
        int at = 0;
        for (String name : target.split(Pattern.quote(String.valueOf(separator)))) {
            names.add(new SourceLine.Token(name, start + at + 1));
            at += name.length() + 1;
        }
        return names;
    }
}
