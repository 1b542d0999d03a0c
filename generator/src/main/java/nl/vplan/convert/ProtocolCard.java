package nl.vplan.convert;

/**
 * A protocol's crisis-team card: its text, and whether the protocol is for acute danger (the card
 * section is marked {@code [.protocolkaart.acuut]}: fire, an accident, a missing child), which puts
 * it at the top of the school's start page.
 */
public record ProtocolCard(Body body, boolean acute) {
}
