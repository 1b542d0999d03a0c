package nl.vplan.model;

import java.util.List;

/**
 * A document the board publishes (the veiligheidsplan, a code of conduct), with its metadata and parts.
 * {@code doelgroepen} are the audiences its rules address (medewerkers, leerlingen, ouders), each
 * of which gets a page and a printed version with only the sections marked {@code [doelgroep=…]}.
 */
public record Document(
        String id,
        String titel,
        String nummer,
        String versie,
        String vastgesteld,
        String proceseigenaar,
        String evaluatie,
        List<Part> parts,
        List<String> doelgroepen,
        SourceRef where) {
}
