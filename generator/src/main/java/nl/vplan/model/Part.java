package nl.vplan.model;

import java.nio.file.Path;

/**
 * One entry of a document's {@code onderdelen} in {@code kader.yml}: a framework file
 * ({@link FilePart}) or a slot the school fills itself ({@link SlotPart}).
 */
public sealed interface Part permits Part.FilePart, Part.SlotPart {

    /** The part's id: the file name without {@code .adoc}, or the slot name. */
    String id();

    PartKind kind();

    /** Who may see the part: it is left out of editions below this class (default openbaar). */
    Klasse klasse();

    SourceRef where();

    /**
     * A chapter or appendix written by the board.
     *
     * @param file      the AsciiDoc file, inside the content folder
     * @param optional  a school may switch it off ({@code optioneel: true})
     * @param numbered  counts in the chapter numbering ({@code genummerd: false} for an introduction)
     */
    record FilePart(String id, Path file, boolean optional, boolean numbered, PartKind kind, Klasse klasse,
                    SourceRef where) implements Part {
    }

    /** A place the school fills with {@code aanvullingen/<id>.adoc} or an attached PDF. */
    record SlotPart(String id, String titel, PartKind kind, Klasse klasse, SourceRef where) implements Part {
    }
}
