package nl.vplan.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vplan.model.SourceRef;

/**
 * One line of AsciiDoc source as {@link AsciidocSource} hands it out: where it is (file and line
 * number, so messages can name {@code file:line:column}), what it is ({@link Kind}), and the
 * vplan constructs on it, each found by the one pattern the whole tool uses. Trailing whitespace is
 * removed, as Asciidoctor does; leading whitespace is kept, because it changes what a line is.
 *
 * @param text      the line, or for a single-line {@code ifdef::a[text]} just its text
 * @param offset    where {@code text} starts in the source line (0 unless single-line ifdef)
 * @param directive the preprocessor directive, for kind {@link Kind#DIRECTIVE} only
 */
public record SourceLine(Path file, int number, Kind kind, String text, int offset, Directive directive) {

    /** What the line is to Asciidoctor's parser. */
    public enum Kind {
        /** Text the parser reads: paragraphs, headings, attribute lines, block delimiters, macros. */
        TEXT,
        /** Content of a listing, literal, passthrough or fenced block or a literal paragraph: no macros, no attribute lines. */
        VERBATIM,
        /** A line comment or a line of a comment block (its delimiters included). */
        COMMENT,
        /** An {@code ifdef}, {@code ifndef}, {@code ifeval}, {@code endif} or {@code include} line (only when not evaluating). */
        DIRECTIVE
    }

    /** A value found on the line and the 1-based column where it starts in the source line. */
    public record Token(String value, int column) {
    }

    /**
     * A preprocessor directive: {@code name} is ifdef, ifndef, ifeval, endif or include;
     * {@code attributes} are the attribute names it depends on (the names of ifdef/ifndef/endif,
     * the references in an ifeval expression or include path); {@code all} is true for {@code a+b}.
     */
    public record Directive(String name, String argument, List<Token> attributes, boolean all) {
        public Directive {
            attributes = List.copyOf(attributes);
        }
    }

    /**
     * A block attribute line as Asciidoctor accepts it: after {@code [} a word character or one of
     * {@code . # % { , " '}, so {@code [ klasse=intern]} (a space first) is text, not attributes.
     */
    private static final Pattern ATTRIBUTE_LINE = Pattern.compile("^\\[(|[\\p{L}\\p{N}_.#%{,\"'].*)\\]$");
    /** A delimiter of a block: four or more of = - * _ . + /, a table, an open block or a fence. */
    private static final Pattern DELIMITER = Pattern.compile("^(={4,}|-{4,}|\\*{4,}|_{4,}|\\.{4,}|\\+{4,}|/{4,}|\\|===|--|```.*)$");
    private static final Pattern ANCHOR = Pattern.compile("^\\[\\[.+\\]\\]$");
    /** What looks meant as attributes but is text to Asciidoctor: a space after the bracket. */
    private static final Pattern SPACED_ATTRIBUTE_LINE = Pattern.compile("^\\[\\s+\\S.*\\]$");
    private static final String VALUE = "=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^,\\]\"'\\s]*))";
    private static final Pattern KLASSE = Pattern.compile("(?:^\\[|,)\\s*klasse\\s*" + VALUE);
    private static final Pattern DOELGROEP = Pattern.compile("(?:^\\[|,)\\s*doelgroep\\s*" + VALUE);
    /** {@code invul:<id>[…]}; any id Asciidoctor would hand the macro, so a wrong one gets reported. */
    private static final Pattern FILL_IN = Pattern.compile("invul:([^\\s\\[]*)\\[");
    /** A block macro as Asciidoctor's CustomBlockMacroRx: alone on its line, from the first column. */
    private static final Pattern BLOCK_MACRO = Pattern.compile("^([a-z]+)::(|\\S|\\S[^\\[]*\\S)\\[(.*)\\]$");
    static final Pattern REFERENCE = Pattern.compile("\\{([\\p{L}\\p{N}_][\\p{L}\\p{N}_-]*)\\}");

    /** Where the line is, for a message. */
    public SourceRef where() {
        return new SourceRef(file, number);
    }

    /** Where {@code index} in {@link #text()} is, for a message. */
    public SourceRef where(int index) {
        return where().column(offset + index + 1);
    }

    public boolean isText() {
        return kind == Kind.TEXT;
    }

    /** True for a line that opens or closes a delimited block. */
    public boolean isDelimiter() {
        return kind != Kind.VERBATIM && DELIMITER.matcher(text).matches();
    }

    /** True for a line that ends a paragraph before a blank line: a delimiter, attribute line or anchor. */
    static boolean interruptsParagraph(String text) {
        return DELIMITER.matcher(text).matches() || ATTRIBUTE_LINE.matcher(text).matches() || ANCHOR.matcher(text).matches();
    }

    /** True for a block attribute line ({@code [klasse=intern]}, {@code [.rol]}, {@code [source]}). */
    public boolean isAttributeLine() {
        return isText() && ATTRIBUTE_LINE.matcher(text).matches();
    }

    /** True for {@code [ klasse=…]} and the like: meant as attributes, read by Asciidoctor as text. */
    public boolean isSpacedAttributeLine() {
        return isText() && SPACED_ATTRIBUTE_LINE.matcher(text).matches() && text.contains("=");
    }

    /** The value of {@code klasse=} on a block attribute line. */
    public Optional<Token> klasse() {
        return attribute(KLASSE);
    }

    /** The value of {@code doelgroep=} on a block attribute line (one or more audiences, comma-separated). */
    public Optional<Token> doelgroep() {
        return attribute(DOELGROEP);
    }

    /** The field ids of the {@code invul:} macros on a text line. */
    public List<Token> fillIns() {
        List<Token> ids = new ArrayList<>();
        if (isText()) {
            Matcher m = FILL_IN.matcher(text);
            while (m.find()) {
                ids.add(token(m.group(1), m.start(1)));
            }
        }
        return ids;
    }

    /** The target of block macro {@code name::<target>[]} ({@code taken}, {@code formulier}) on this line. */
    public Optional<Token> blockMacro(String name) {
        Matcher m = BLOCK_MACRO.matcher(text);
        return isText() && m.matches() && m.group(1).equals(name) ? Optional.of(token(m.group(2), m.start(2))) : Optional.empty();
    }

    /** The names of the {@code {attribute}} references on the line. */
    public List<Token> references() {
        return references(text, offset);
    }

    static List<Token> references(String text, int offset) {
        List<Token> names = new ArrayList<>();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            names.add(new Token(m.group(1), offset + m.start(1) + 1));
        }
        return names;
    }

    private Optional<Token> attribute(Pattern pattern) {
        if (!isAttributeLine()) {
            return Optional.empty();
        }
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int group = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
        return Optional.of(token(m.group(group), m.start(group)));
    }

    private Token token(String value, int index) {
        return new Token(value, offset + index + 1);
    }
}
