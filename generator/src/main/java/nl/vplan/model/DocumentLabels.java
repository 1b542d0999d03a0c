package nl.vplan.model;

import java.util.List;
import java.util.Map;

/**
 * The words a document's pages use about it ({@code labels} of a document in kader.yml), so that a
 * document that is not a safety plan does not speak of one. Each key is optional; the defaults are
 * the safety plan's.
 *
 * @param jaarplanning  the title of the yearly calendar of the tasks the document shows
 * @param categorie     the category of that calendar's events in an agenda
 * @param kaart         the name of a protocol's one-page card
 * @param zoekvoorbeeld the example word in the search box
 */
public record DocumentLabels(String jaarplanning, String categorie, String kaart, String zoekvoorbeeld) {

    public static final DocumentLabels DEFAULT = new DocumentLabels("Jaarplanning veiligheid", "Veiligheid",
            "Kaart voor het crisisteam", "ongeval");

    /** The keys of {@code labels}, in the order of the record. */
    public static final List<String> KEYS = List.of("jaarplanning", "categorie", "kaart", "zoekvoorbeeld");

    /** The labels with the given keys set, the others at their defaults. */
    public static DocumentLabels of(Map<String, String> given) {
        return new DocumentLabels(given.getOrDefault("jaarplanning", DEFAULT.jaarplanning),
                given.getOrDefault("categorie", DEFAULT.categorie), given.getOrDefault("kaart", DEFAULT.kaart),
                given.getOrDefault("zoekvoorbeeld", DEFAULT.zoekvoorbeeld));
    }
}
