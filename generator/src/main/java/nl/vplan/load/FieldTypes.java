package nl.vplan.load;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a school's value against its field's type from velden.yml ({@code getal}, {@code datum},
 * {@code telefoon}, {@code email}, {@code url}; {@code tekst} and {@code adres} take any text) and
 * says in Dutch what is wrong. The types live per field in velden.yml, so the JSON Schema of
 * school.yml does not check them; {@code check} does.
 */
final class FieldTypes {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ()\\-]*[0-9]");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    private FieldTypes() {
    }

    /** Why {@code value} is not a valid {@code type}, or empty when it is. */
    static Optional<String> problem(String type, String value) {
        String v = value.strip();
        return switch (type) {
            case "getal" -> NUMBER.matcher(v).matches() ? Optional.empty()
                    : Optional.of("is geen getal; schrijf alleen cijfers, bijvoorbeeld 412");
            case "datum" -> date(v);
            case "telefoon" -> PHONE.matcher(v).matches() && digits(v) >= 3 && digits(v) <= 15 ? Optional.empty()
                    : Optional.of("is geen telefoonnummer; gebruik cijfers met eventueel spaties, '-' of een '+' vooraan, bijvoorbeeld 012-3456789");
            case "email" -> EMAIL.matcher(v).matches() ? Optional.empty()
                    : Optional.of("is geen e-mailadres; bijvoorbeeld info@school.nl");
            case "url" -> url(v);
            default -> Optional.empty();
        };
    }

    private static Optional<String> date(String v) {
        try {
            LocalDate.parse(v);
            return Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.of("is geen datum; schrijf jaar-maand-dag, bijvoorbeeld 2026-09-01");
        }
    }

    private static Optional<String> url(String v) {
        try {
            URI uri = new URI(v);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return Optional.empty();
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        return Optional.of("is geen webadres; begin met https://, bijvoorbeeld https://www.school.nl");
    }

    private static long digits(String v) {
        return v.chars().filter(Character::isDigit).count();
    }
}
