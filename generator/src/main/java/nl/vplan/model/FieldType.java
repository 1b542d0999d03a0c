package nl.vplan.model;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The type of a fill-in field ({@code type} in velden.yml): what a valid value is, how a reader
 * sees it as text and as HTML, and the link a reader expects for it (call, mail, open). Its rules
 * are data ({@link ValueRule}) so that the fill-in page applies the same ones. Adding a type means
 * adding a constant here (and to the enum in {@code schemas/velden.schema.json}).
 */
public enum FieldType {
    TEKST, GETAL, DATUM, TELEFOON, EMAIL, URL, ADRES;

    /** The digits to dial: "+31 (0)12-345 67 89" becomes "+31123456789". */
    private static final List<ValueRule.Rewrite> DIALLED = List.of(
            new ValueRule.Rewrite("\\(0\\)", ""), new ValueRule.Rewrite("[^0-9+]", ""));

    private static final String PHONE_MESSAGE = "is geen telefoonnummer; schrijf 10 cijfers (012-3456789),"
            + " +31 met 9 cijfers, een 0800- of 0900-nummer of 112";

    /** The number as dialled must be one of these; also gives the digits of a {@code tel:} link. */
    private static final ValueRule PHONE_DIALLED = new ValueRule(DIALLED, String.join("|",
                    "\\+31[1-9][0-9]{8}",           // +31 and 9 digits, no trunk 0
                    "\\+(?!31)[0-9]{8,15}",         // abroad: country code and number
                    "112",
                    "0(800|900|906|909)[0-9]{4,7}",  // free and paid service numbers: 0800-2000, 0900-111 3 111
                    "14[0-9]{3,4}",                  // a municipality's 14 + area code
                    "0[1-9][0-9]{8}"),               // 10 digits: 012-3456789
                    false, PHONE_MESSAGE);

    private static final List<ValueRule> PHONE = List.of(
            ValueRule.matching("\\+?[0-9][0-9 ()-]*[0-9]|112", PHONE_MESSAGE), PHONE_DIALLED);

    /** Whitespace as Java's {@code \\s} means it, spelled out so JavaScript reads the same. */
    private static final String SPACE = " \\t\\n\\r\\f\\u000B";

    /** The rules a value of this type must meet, all of them (none for free text). */
    public List<ValueRule> rules() {
        return switch (this) {
            case GETAL -> List.of(ValueRule.matching("-?[0-9]+([.,][0-9]+)?",
                    "is geen getal; schrijf alleen cijfers, bijvoorbeeld 412"));
            case DATUM -> List.of(new ValueRule(List.of(), "[0-9]{4}-[0-9]{2}-[0-9]{2}", true,
                    "is geen datum; schrijf jaar-maand-dag, bijvoorbeeld 2026-09-01"));
            case TELEFOON -> PHONE;
            case EMAIL -> List.of(ValueRule.matching("[^@" + SPACE + "]+@[^@." + SPACE + "]+([.][^@." + SPACE + "]+)+",
                    "is geen e-mailadres; bijvoorbeeld info@school.nl"));
            case URL -> List.of(ValueRule.matching("https?://[A-Za-z0-9.-]+(:[0-9]{1,5})?([/?#][^" + SPACE + "<>\"{}|\\\\^`]*)?",
                    "is geen webadres; begin met https://, bijvoorbeeld https://www.school.nl"));
            case TEKST, ADRES -> List.of();
        };
    }

    /** Every type's rules by its name in velden.yml: the rules file of the fill-in page. */
    public static Map<String, List<Map<String, Object>>> rulesJson() {
        Map<String, List<Map<String, Object>>> json = new LinkedHashMap<>();
        for (FieldType type : values()) {
            json.put(type.id(), type.rules().stream().map(ValueRule::toJson).toList());
        }
        return json;
    }

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
        return rules().stream().map(rule -> rule.problem(value)).flatMap(Optional::stream).findFirst();
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
            case TELEFOON -> Optional.of("tel:" + PHONE_DIALLED.normalised(v));
            case EMAIL -> Optional.of("mailto:" + v);
            case URL -> Optional.of(v);
            default -> Optional.empty();
        };
    }
}
