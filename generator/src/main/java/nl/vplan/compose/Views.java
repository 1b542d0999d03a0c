package nl.vplan.compose;

import java.util.List;
import nl.vplan.model.Document;
import nl.vplan.model.DutchDate;

/**
 * The values the templates in {@code site-templates/} read. Titles ending in {@code Html} are
 * already-safe HTML (converted AsciiDoc with escaped values); every other string is plain text and
 * is escaped by FreeMarker.
 */
public final class Views {


    private Views() {
    }

    /**
     * A link in navigation: href relative to the page that shows it; {@code number} as shown before
     * the title ("3.", "Bijlage 2:"). An empty href is a line without a page: a part in another edition.
     */
    public record Link(String href, String number, String titleHtml) {
    }

    /** A heading in a page's "Op deze pagina" list. */
    public record TocEntry(String id, int level, String titleHtml) {
    }

    /** One row of a document's metadata table. */
    public record Meta(String label, String value) {
    }

    /** One row of a document's "Versiebeheer" table: the version, its date in words, what changed. */
    public record VersionRow(String versie, String datum, String wijzigingen) {

        /** The rows of {@code doc}'s version history, newest first as in kader.yml. */
        static List<VersionRow> of(Document doc) {
            return doc.versies().stream().map(r -> new VersionRow(r.versie(), DutchDate.of(r.datum()),
                    r.wijzigingen())).toList();
        }
    }

    /** A document as listed on a school's start page. */
    public record DocumentSummary(String id, String titel, String href, List<Meta> meta, int parts, List<AudienceLink> audiences) {
    }

    /** An audience of a document: its page and, when PDFs are built, its printed version (else ""). */
    public record AudienceLink(String label, String href, String pdfHref) {
    }

    /**
     * A school as listed on the site's start page; percentage is -1 when the school has not been built;
     * {@code warnings} are the board's rules' warnings about it, as its completeness page shows them.
     */
    public record SchoolSummary(String id, String naam, String href, int percentage, int open, List<String> warnings) {

        public SchoolSummary {
            warnings = List.copyOf(warnings);
        }

        /** The summary of a school built now. */
        public static SchoolSummary of(Completeness c, String href) {
            return new SchoolSummary(c.schoolId(), c.naam(), href, c.percentage(), c.open(), c.warnings());
        }
    }
}
