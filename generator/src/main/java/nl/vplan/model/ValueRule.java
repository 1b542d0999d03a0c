package nl.vplan.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One rule a value of a field type must meet, written as data so that the fill-in page applies
 * exactly the rule {@code check} applies: the value, stripped, is rewritten by each
 * {@link Rewrite}, must then match {@code pattern} as a whole and, for a date, name a real day.
 * The patterns use only what Java and JavaScript regular expressions read alike.
 */
public record ValueRule(List<Rewrite> rewrites, String pattern, boolean calendarDate, String message) {

    /** Every match of {@code pattern} is replaced by {@code replacement} (plain text, no group references). */
    public record Rewrite(String pattern, String replacement) {

        String apply(String value) {
            return compiled(pattern).matcher(value).replaceAll(java.util.regex.Matcher.quoteReplacement(replacement));
        }
    }

    public ValueRule {
        rewrites = List.copyOf(rewrites);
        Pattern.compile(pattern);
    }

    private static final java.util.Map<String, Pattern> PATTERNS = new java.util.concurrent.ConcurrentHashMap<>();

    /** A pattern compiled once: every value of every school is checked with the same few. */
    private static Pattern compiled(String pattern) {
        return PATTERNS.computeIfAbsent(pattern, Pattern::compile);
    }

    static ValueRule matching(String pattern, String message) {
        return new ValueRule(List.of(), pattern, false, message);
    }

    /** The value as this rule looks at it: stripped and rewritten. */
    public String normalised(String value) {
        String v = value.strip();
        for (Rewrite rewrite : rewrites) {
            v = rewrite.apply(v);
        }
        return v;
    }

    /** The message (to follow the value) when {@code value} breaks this rule. */
    public Optional<String> problem(String value) {
        String v = normalised(value);
        if (!compiled(pattern).matcher(v).matches() || calendarDate && !realDay(v)) {
            return Optional.of(message);
        }
        return Optional.empty();
    }

    private static boolean realDay(String v) {
        try {
            LocalDate.parse(v);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The rule as the fill-in page reads it (see {@code invullen.js}). */
    public Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("herschrijf", rewrites.stream().map(r -> List.of(r.pattern(), r.replacement())).toList());
        json.put("patroon", pattern);
        json.put("kalenderdatum", calendarDate);
        json.put("bericht", message);
        return json;
    }
}
