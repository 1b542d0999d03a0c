package nl.vplan.model;

import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/** Rules for the ids used in content (documents, parts, schools, choices, fields) and "did you mean" hints. */
public final class Ids {

    /** Ids of documents, parts, schools, choices and options: lowercase words joined by hyphens. */
    public static final Pattern SIMPLE = Pattern.compile("[a-z0-9][a-z0-9-]*");

    /** Field ids: simple ids joined by dots, such as {@code directeur.naam}. */
    public static final Pattern FIELD = Pattern.compile("[a-z0-9][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*");

    private Ids() {
    }

    /** The Dutch hint {@code " — bedoelt u 'x'?"} for the closest known id, or "" when nothing is close. */
    public static String suggestion(String unknown, Collection<String> known) {
        return closest(unknown, known).map(s -> " — bedoelt u '" + s + "'?").orElse("");
    }

    static Optional<String> closest(String unknown, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = distance(unknown, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, unknown.length() / 3);
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
