package nl.vplan.compose;

import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the crisis-team card of a protocol: the section the text marks with {@code [.protocolkaart]}.
 * The compose stage prints it on a page of its own, sized to one A4 sheet.
 */
final class ProtocolCards {

    static final String ROLE = "protocolkaart";

    private ProtocolCards() {
    }

    /** The card section's HTML (fill-ins applied), if the page has one. */
    static Optional<String> find(String bodyHtml) {
        if (!bodyHtml.contains(ROLE)) {
            return Optional.empty();
        }
        Document doc = Jsoup.parseBodyFragment(bodyHtml);
        doc.outputSettings().prettyPrint(false);
        Element card = doc.selectFirst("div.sect1." + ROLE + ", div.sect2." + ROLE + ", section." + ROLE);
        if (card == null) {
            return Optional.empty();
        }
        card.select("[id]").removeAttr("id");
        Element heading = card.selectFirst("h2, h3");
        if (heading != null) {
            heading.remove();
        }
        return Optional.of(card.html());
    }
}
