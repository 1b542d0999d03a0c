package nl.vplan.load;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The attributes a school's conversion sets, as {@code ifdef}, {@code ifndef} and {@code ifeval} read them. */
final class Conditions {

    private static final Pattern COMPARISON = Pattern.compile("^(.+?)\\s*(==|!=)\\s*(.+)$");

    private final Map<String, String> attributes;

    Conditions(Map<String, String> attributes) {
        this.attributes = attributes;
    }

    /** Whether all ({@code a+b}) or any ({@code a,b}) of the names are set. */
    boolean defined(List<SourceLine.Token> names, boolean all) {
        return all ? names.stream().allMatch(n -> attributes.containsKey(n.value()))
                : names.stream().anyMatch(n -> attributes.containsKey(n.value()));
    }

    /**
     * {@code a == b} and {@code a != b} after substituting attributes (a missing one is empty),
     * quotes removed; any other expression holds, so a scan never misses what it might show.
     */
    boolean evaluate(String expression) {
        Matcher m = COMPARISON.matcher(expression.strip());
        if (!m.matches()) {
            return true;
        }
        boolean equal = value(m.group(1)).equals(value(m.group(3)));
        return m.group(2).equals("==") == equal;
    }

    private String value(String side) {
        String value = side.strip();
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"))) {
            value = value.substring(1, value.length() - 1);
        }
        return substitute(value);
    }

    String substitute(String text) {
        Matcher m = SourceLine.REFERENCE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(result, Matcher.quoteReplacement(attributes.getOrDefault(m.group(1), "")));
        }
        return m.appendTail(result).toString();
    }
}
