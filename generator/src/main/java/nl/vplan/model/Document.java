package nl.vplan.model;

import java.util.List;

/** A document the board publishes (the veiligheidsplan, a code of conduct), with its metadata and parts. */
public record Document(
        String id,
        String titel,
        String nummer,
        String versie,
        String vastgesteld,
        String proceseigenaar,
        String evaluatie,
        List<Part> parts,
        SourceRef where) {
}
