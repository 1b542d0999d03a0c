package nl.vplan.convert;

import java.util.List;
import nl.vplan.model.Problem;

/**
 * The result of converting one AsciiDoc file with one set of attributes: its title, headings and
 * body as HTML with fill-in markers still in place, plus what Asciidoctor warned about.
 */
record ConvertedAsciidoc(String titleHtml, List<SectionTitle> headings, String bodyHtml, List<Problem> problems) {

    /** A section's id, level and title as Asciidoctor converted it. */
    record SectionTitle(String id, int level, String titleHtml) {
    }
}
