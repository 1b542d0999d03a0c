package nl.vplan.model;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** A date from the content (2026-09-01) as a Dutch reader reads it (1 september 2026). */
public final class DutchDate {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private DutchDate() {
    }

    /** The date as Dutch text; "" for an empty value, the text itself when it is not an ISO date. */
    public static String of(String isoDate) {
        if (isoDate == null || isoDate.isEmpty()) {
            return "";
        }
        try {
            return LocalDate.parse(isoDate.strip()).format(FORMAT);
        } catch (DateTimeParseException e) {
            return isoDate;
        }
    }
}
