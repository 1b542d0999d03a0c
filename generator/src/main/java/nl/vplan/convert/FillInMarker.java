package nl.vplan.convert;

import java.util.regex.Pattern;

/**
 * The placeholder the {@code invul:} macro leaves in converted HTML. Conversion never sees a
 * school's values: the compose stage replaces each marker with the escaped value or the open
 * blank, so one conversion can serve every school with the same choices.
 */
public final class FillInMarker {

    /** Matches a marker; group 1 is the field id. */
    public static final Pattern PATTERN = Pattern.compile("<span class=\"vplan-invul\" data-veld=\"([^\"<>]*)\"></span>");

    private FillInMarker() {
    }

    public static String of(String fieldId) {
        return "<span class=\"vplan-invul\" data-veld=\"" + fieldId.replaceAll("[^A-Za-z0-9._-]", "_") + "\"></span>";
    }
}
