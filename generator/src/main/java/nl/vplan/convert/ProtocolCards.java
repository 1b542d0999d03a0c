package nl.vplan.convert;

import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * Finds the crisis-team card of a protocol: the section the text marks with {@code [.protocolkaart]},
 * or {@code [.protocolkaart.acuut]} for a protocol for acute danger. The compose stage prints it on a
 * page of its own, sized to one A4 sheet.
 */
final class ProtocolCards {

    static final String ROLE = "protocolkaart";
    static final String ACUTE = "acuut";

    private ProtocolCards() {
    }

    /** The card section's content (without its heading and ids), if the part has one. */
    static Optional<ProtocolCard> find(Element body) {
        Element card = body.selectFirst("div.sect1." + ROLE + ", div.sect2." + ROLE + ", section." + ROLE);
        if (card == null) {
            return Optional.empty();
        }
        boolean acute = card.hasClass(ACUTE);
        card = Fragments.detached(card);
        card.select("[id]").removeAttr("id");
        Element heading = card.selectFirst("h2, h3");
        if (heading != null) {
            heading.remove();
        }
        return Optional.of(new ProtocolCard(Body.ofMarkedHtml(card.html()), acute));
    }
}
