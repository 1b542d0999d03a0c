package nl.vplan.model;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * One school as loaded from {@code scholen/<id>/school.yml}.
 *
 * @param values      filled-in values by field id, as text (never interpreted as AsciiDoc)
 * @param partsOff    optional parts switched off ({@code onderdelen.uit})
 * @param partsOn     optional parts switched on explicitly ({@code onderdelen.aan})
 * @param choices     the school's answer per choice id
 * @param attachments attached files by slot id, relative to the school folder
 * @param logo        the school's logo (PNG or JPEG), relative to the school folder, or null
 * @param dir         the school's folder
 * @param places      where each value stands in school.yml, by field id
 */
public record School(
        String id,
        String naam,
        Map<String, String> values,
        Set<String> partsOff,
        Set<String> partsOn,
        Map<String, String> choices,
        Map<String, String> attachments,
        String logo,
        Path dir,
        SourceRef where,
        Map<String, SourceRef> places) {

    /** Where the value of {@code field} stands, or else the school.yml itself. */
    public SourceRef placeOf(String field) {
        return places.getOrDefault(field, where);
    }

    /** The school's answer to a board's choice: its own, or the board's default. */
    public String answer(Choice choice) {
        return choices.getOrDefault(choice.id(), choice.standaard());
    }

    /** Whether an optional part is in this school's plan: on unless switched off ({@code onderdelen.aan} wins). */
    public boolean optionalPartOn(String partId) {
        return partsOn.contains(partId) || !partsOff.contains(partId);
    }

    /** The logo file, if the school has one. */
    public java.util.Optional<Path> logoFile() {
        return java.util.Optional.ofNullable(logo).map(dir::resolve);
    }
}
