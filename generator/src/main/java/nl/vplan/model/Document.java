package nl.vplan.model;

import java.util.List;

/**
 * A document the board publishes (the veiligheidsplan, a code of conduct), with its metadata and parts.
 * {@code doelgroepen} are the audiences its rules address (medewerkers, leerlingen, ouders), each
 * of which gets a page and a printed version with only the sections marked {@code [doelgroep=…]}.
 * {@code nummering} says whether vplan numbers its chapters. {@code versies} is its version history,
 * newest first (empty when kader.yml lists none); {@code versieAt} is the place of its {@code versie}
 * (the document's place when it has none). {@code labels} are the words its pages use about it.
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
        Nummering nummering,
        List<Revision> versies,
        SourceRef versieAt,
        SourceRef where,
        DocumentLabels labels) {

    /** A document with the default labels. */
    public Document(String id, String titel, String nummer, String versie, String vastgesteld, String proceseigenaar,
                    String evaluatie, List<Part> parts, List<String> doelgroepen, Nummering nummering,
                    List<Revision> versies, SourceRef versieAt, SourceRef where) {
        this(id, titel, nummer, versie, vastgesteld, proceseigenaar, evaluatie, parts, doelgroepen, nummering, versies,
                versieAt, where, DocumentLabels.DEFAULT);
    }

    /** A document without a version history. */
    public Document(String id, String titel, String nummer, String versie, String vastgesteld, String proceseigenaar,
                    String evaluatie, List<Part> parts, List<String> doelgroepen, Nummering nummering, SourceRef where) {
        this(id, titel, nummer, versie, vastgesteld, proceseigenaar, evaluatie, parts, doelgroepen, nummering,
                List.of(), where, where);
    }

    /**
     * Whether vplan numbers a document's chapters ({@code nummering:} in kader.yml). {@code GEEN} is for a
     * document whose titles carry their own numbering or need none (a code of conduct); its appendices
     * are still "Bijlage 1", "Bijlage 2", because the text refers to them by that name.
     */
    public enum Nummering {
        /** Chapters 1, 2, 3 …, appendices Bijlage 1, 2 … (the default). */
        STANDAARD,
        /** No chapter numbers; appendices still Bijlage 1, 2 …. */
        GEEN;

        /** The value as written in kader.yml. */
        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static java.util.Optional<Nummering> parse(String text) {
            return java.util.Arrays.stream(values()).filter(n -> n.id().equals(text)).findFirst();
        }

        public static List<String> ids() {
            return java.util.Arrays.stream(values()).map(Nummering::id).toList();
        }
    }
}
