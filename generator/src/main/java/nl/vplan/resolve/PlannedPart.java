package nl.vplan.resolve;

import java.nio.file.Path;
import nl.vplan.model.PartKind;

/**
 * A part as it appears in one school's document: its id, its place in the numbering and where its
 * text comes from.
 *
 * @param title  the title given in kader.yml for a slot; empty for framework files (their own {@code =} title is used)
 * @param number "3" for the third numbered chapter, "Bijlage 2" for the second appendix, "" for unnumbered parts
 */
public record PlannedPart(String id, String title, PartKind kind, String number, Source source) {

    /** Where the text of a part comes from. */
    public sealed interface Source {
    }

    /** A chapter or appendix of the framework. */
    public record FrameworkFile(Path file) implements Source {
    }

    /** The school's own {@code aanvullingen/<slot>.adoc}. */
    public record SchoolAddition(Path file) implements Source {
    }

    /** A PDF the school attached for this slot ({@code bijlagen} in school.yml). */
    public record SchoolAttachment(Path file) implements Source {
    }

    /** A slot the school has not filled yet. */
    public record OpenSlot() implements Source {
    }

    public boolean isOpenSlot() {
        return source instanceof OpenSlot;
    }

    /** The AsciiDoc file to convert, if this part has one. */
    public java.util.Optional<Path> asciidoc() {
        if (source instanceof FrameworkFile f) {
            return java.util.Optional.of(f.file());
        }
        if (source instanceof SchoolAddition a) {
            return java.util.Optional.of(a.file());
        }
        return java.util.Optional.empty();
    }
}
