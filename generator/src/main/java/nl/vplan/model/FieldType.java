package nl.vplan.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The type of a fill-in field ({@code type} in velden.yml): what a valid value is, how a reader
 * sees it as text and as HTML, and the link a reader expects for it (call, mail, open). Adding a
 * type means adding a constant here (and to the enum in {@code schemas/velden.schema.json}).
 */
public enum FieldType {
    TEKST, GETAL, DATUM, TELEFOON, EMAIL, URL, ADRES;

    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");
    private static final Pattern PHONE_CHARACTERS = Pattern.compile("\\+?[0-9][0-9 ()\\-]*[0-9]");
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    /** The name in velden.yml: {@code telefoon}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<FieldType> parse(String id) {
        return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
    }

    /** Every name velden.yml accepts, in order. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(FieldType::id).toList();
    }

    /** Why {@code value} is not a valid value of this type (Dutch, to follow the value), or empty when it is. */
    public Optional<String> problem(String value) {
        String v = value.strip();
        return switch (this) {
            case GETAL -> NUMBER.matcher(v).matches() ? Optional.empty()
                    : Optional.of("is geen getal; schrijf alleen cijfers, bijvoorbeeld 412");
            case DATUM -> date(v);
            case TELEFOON -> DutchPhone.valid(v) ? Optional.empty()
                    : Optional.of("is geen telefoonnummer; schrijf 10 cijfers (012-3456789), +31 met 9 cijfers,"
                            + " een 0800- of 0900-nummer of 112");
            case EMAIL -> EMAIL_ADDRESS.matcher(v).matches() ? Optional.empty()
                    : Optional.of("is geen e-mailadres; bijvoorbeeld info@school.nl");
            case URL -> url(v);
            case TEKST, ADRES -> Optional.empty();
        };
    }

    /** A valid value as a reader reads it in plain text: a date in words, everything else as written. */
    public String text(String value) {
        return this == DATUM ? DutchDate.of(value) : value;
    }

    /** A value as HTML: escaped, a date in words, a value of several lines (an address) over its lines. */
    public String html(String value) {
        return Html.escape(text(value)).replace("\n", "<br>");
    }

    /** Where a reader's click on the value goes: {@code tel:}, {@code mailto:} or the web address; empty for other types or invalid values. */
    public Optional<String> href(String value) {
        if (problem(value).isPresent()) {
            return Optional.empty();
        }
        String v = value.strip();
        return switch (this) {
            case TELEFOON -> Optional.of("tel:" + DutchPhone.dialled(v));
            case EMAIL -> Optional.of("mailto:" + v);
            case URL -> Optional.of(v);
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
        } catch (URISyntaxException e) {
            // reported below
        }
        return Optional.of("is geen webadres; begin met https://, bijvoorbeeld https://www.school.nl");
    }

    /** Dutch telephone numbers as people write them: 012-3456789, +31 12 3456789, 0800-2000, 112. */
    static final class DutchPhone {

        private DutchPhone() {
        }

        static boolean valid(String written) {
            if (!PHONE_CHARACTERS.matcher(written).matches() && !written.equals("112")) {
                return false;
            }
            String d = dialled(written);
            if (d.startsWith("+31")) {
                return d.length() == 12 && d.charAt(3) != '0'; // +31 and 9 digits, no trunk 0
            }
            if (d.startsWith("+")) {
                return d.length() >= 9 && d.length() <= 16; // abroad: country code and number
            }
            if (d.equals("112")) {
                return true;
            }
            if (d.matches("0(800|900|906|909)\\d{4,7}")) {
                return true; // free and paid service numbers: 0800-2000, 0900-111 3 111
            }
            if (d.matches("14\\d{3,4}")) {
                return true; // a municipality's 14 + area code
            }
            return d.length() == 10 && d.startsWith("0") && d.charAt(1) != '0';
        }

        /** The digits to dial, with a leading + kept; "+31 (0)12" loses the bracketed 0. */
        static String dialled(String written) {
            String v = written.replace("(0)", "");
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (Character.isDigit(c) || (c == '+' && out.isEmpty())) {
                    out.append(c);
                }
            }
            return out.toString();
        }
    }
}
