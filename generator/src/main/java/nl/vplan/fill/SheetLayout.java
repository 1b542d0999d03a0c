package nl.vplan.fill;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vplan.model.School;
import org.apache.poi.ss.util.CellReference;

/** The shape of the board's spreadsheet, shared by what writes it and what reads it back. */
final class SheetLayout {

    static final String FIELDS = "Velden";
    static final String CHOICES = "Keuzes";
    /** A hidden sheet: per school the SHA-256 of its school.yml when the sheet was made. */
    static final String ORIGIN = "vplan-herkomst";

    /** The columns of "Velden" before the schools'; the field's id is in {@link #FIELD_ID}. */
    static final List<String> FIELD_COLUMNS = List.of("Label", "Veld (id)", "Type", "Klasse", "Komt voor in");
    static final int FIELD_ID = 1;

    /** The columns of "Keuzes" before the schools'; {@code keuze:<id>} or {@code onderdeel:<id>} in the first. */
    static final List<String> CHOICE_COLUMNS = List.of("Keuze of onderdeel (id)", "Vraag of titel", "Mogelijke antwoorden");

    static final String CHOICE_PREFIX = "keuze:";
    static final String PART_PREFIX = "onderdeel:";
    static final String ON = "aan";
    static final String OFF = "uit";

    private static final Pattern ID_IN_HEADER = Pattern.compile("\\(([^()]*)\\)\\s*$");

    private SheetLayout() {
    }

    /** "Basisschool De Regenboog (de-regenboog)". */
    static String header(School school) {
        return school.naam() + " (" + school.id() + ")";
    }

    /** The school id of a header: the text in the last brackets, or the whole text. */
    static Optional<String> schoolId(String header) {
        String text = header.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = ID_IN_HEADER.matcher(text);
        return Optional.of(m.find() ? m.group(1).strip() : text);
    }

    /** The SHA-256 of a school's school.yml as it is now, in hex ("" when it cannot be read). */
    static String fingerprint(java.nio.file.Path dir) {
        try {
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(java.nio.file.Files.readAllBytes(dir.resolve("school.yml")));
            return java.util.HexFormat.of().formatHex(digest);
        } catch (java.io.IOException e) {
            return "";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** "Velden!F14". */
    static String cell(String sheet, int row, int column) {
        return sheet + "!" + new CellReference(row, column).formatAsString(false);
    }
}
