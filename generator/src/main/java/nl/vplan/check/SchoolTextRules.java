package nl.vplan.check;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vplan.load.SourceLine;
import nl.vplan.model.Problem;

/**
 * A school's own texts ({@code scholen/<id>/aanvullingen/}) are written by schools, not by the board:
 * they may not put HTML or script in the site. Refused, with file and line: passthrough blocks and
 * macros (which pass raw HTML), a {@code subs} setting (which can turn off escaping), and links to
 * {@code javascript:}, {@code vbscript:} or {@code data:}. The conversion makes such a text inert
 * anyway (convert's SchoolTexts); this says so to the writer.
 */
final class SchoolTextRules {

    private record Rule(Pattern pattern, String why) {
    }

    private static final Pattern PASS_BLOCK = Pattern.compile("^\\+{4,}$");
    private static final String PASS_BLOCK_WHY = "een doorgeefblok (++++) zet HTML ongecontroleerd in de site";
    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("pass:[a-z,]*\\["), "pass:[…] zet HTML ongecontroleerd in de site"),
            new Rule(Pattern.compile("\\+\\+\\+"), "+++…+++ zet HTML ongecontroleerd in de site"),
            new Rule(Pattern.compile("^\\[(?:pass\\b|.*\\bsubs\\s*=)"), "een eigen 'subs'- of 'pass'-instelling kan het veilig weergeven van tekens uitzetten"),
            new Rule(Pattern.compile("(?i)(?:javascript|vbscript|data):[^\\s\\[]*\\["), "een koppeling naar javascript:, vbscript: of data: kan code uitvoeren"),
            new Rule(Pattern.compile("(?i)link:\\S*?(?:javascript|vbscript|data):"), "een koppeling naar javascript:, vbscript: of data: kan code uitvoeren"));

    private SchoolTextRules() {
    }

    static void check(List<SourceLine> lines, List<Problem> problems) {
        String passBlock = null; // the delimiter that closes the open passthrough block
        for (SourceLine line : lines) {
            if (!line.isText()) {
                continue;
            }
            if (PASS_BLOCK.matcher(line.text()).matches()) {
                if (passBlock == null) {
                    problems.add(refused(line, 0, PASS_BLOCK_WHY));
                }
                passBlock = line.text().equals(passBlock) ? null : passBlock == null ? line.text() : passBlock;
                continue;
            }
            for (Rule rule : RULES) {
                Matcher m = rule.pattern().matcher(line.text());
                if (m.find()) {
                    problems.add(refused(line, m.start(), rule.why()));
                    break;
                }
            }
        }
    }

    private static Problem refused(SourceLine line, int index, String why) {
        return Problem.error(line.where(index), "niet toegestaan in een tekst van de school: " + why
                + "; schrijf gewone tekst (opmaak zoals *vet* en koppelingen naar https: mag wel)");
    }
}
