package nl.vplan.compose;

import java.util.ArrayList;
import java.util.List;
import nl.vplan.model.Klasse;
import nl.vplan.resolve.FieldView;

/**
 * Which version a reader holds: the edition (openbaar, intern, vertrouwelijk) and, while the school
 * still has open fields or parts, "concept — 47 open" (from {@link Completeness}). Shown in the
 * header of every school page, on the handbook's cover and footer, in its PDF title and in the name
 * a downloaded PDF gets, so an intern and a public handbook, or a draft and a finished one, are never
 * mistaken for each other.
 */
public record EditionStamp(Klasse edition, String schoolId, int open) {

    /** "Interne versie". */
    public String editionName() {
        String name = edition.edition().substring("de ".length());
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    public boolean concept() {
        return open > 0;
    }

    /** "concept — 47 open", or "" when everything is filled in. */
    public String status() {
        return concept() ? "concept — " + open + " open" : "";
    }

    /** "Interne versie · concept — 47 open", or "Interne versie" when complete. */
    public String line() {
        return concept() ? editionName() + " · " + status() : editionName();
    }

    /**
     * The name a downloaded handbook gets ({@code download} attribute), so that files saved side by
     * side say what they are: "veiligheidsplan-intern-het-kompas.pdf", "…-concept.pdf" while open.
     * The file on the site keeps its path {@code <document>.pdf}.
     */
    public String downloadName(String handbookId) {
        return handbookId + "-" + edition.id() + "-" + schoolId + (concept() ? "-concept" : "") + ".pdf";
    }

    /** What each mark in this edition's text means ("[intern]: dit gegeven staat alleen in de interne versie."). */
    public List<String> markNotes() {
        List<String> notes = new ArrayList<>();
        for (Klasse above : Klasse.values()) {
            if (!above.within(edition)) {
                notes.add(FieldView.mark(above) + ": " + Character.toLowerCase(FieldView.markExplanation(above).charAt(0))
                        + FieldView.markExplanation(above).substring(1));
            }
        }
        return notes;
    }
}
