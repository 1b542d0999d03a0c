package nl.vplan.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The frequencies a task may have, the months its {@code wanneer} names, and whether the two agree:
 * the loader reports a task whose months contradict its frequency (a yearly task in two months), the
 * calendar plans from the same reading.
 */
public final class TaskMonths {

    public static final List<String> FREQUENCIES = List.of(
            "wekelijks", "maandelijks", "per kwartaal", "halfjaarlijks", "jaarlijks", "elke 2 jaar", "elke 4 jaar",
            "begin schooljaar", "na elke vakantie");

    public static final List<String> NAMES = List.of("januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december");
    private static final List<Pattern> WORDS = NAMES.stream().map(m -> Pattern.compile("\\b" + m + "\\b")).toList();

    /** The months of the school year in order, as month numbers. */
    public static final List<Integer> SCHOOL_YEAR = List.of(8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7);

    private TaskMonths() {
    }

    /** The months (1–12) named in a {@code wanneer}, in school-year order. */
    public static List<Integer> named(String wanneer) {
        String text = wanneer.toLowerCase(Locale.ROOT);
        List<Integer> months = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            if (WORDS.get(i).matcher(text).find()) {
                months.add(i + 1);
            }
        }
        return inSchoolYearOrder(months);
    }

    public static List<Integer> inSchoolYearOrder(List<Integer> months) {
        return SCHOOL_YEAR.stream().filter(months::contains).toList();
    }

    /** The interval in years of a task planned once in so many years; 1 for other tasks. */
    public static int years(String frequentie) {
        return switch (frequentie) {
            case "elke 2 jaar" -> 2;
            case "elke 4 jaar" -> 4;
            default -> 1;
        };
    }

    /**
     * Why the months a {@code wanneer} names do not fit the frequency (in Dutch), or empty when they
     * fit. Naming no month is fine where the calendar has a customary one.
     */
    public static Optional<String> misfit(String frequentie, String wanneer) {
        List<Integer> months = named(wanneer);
        if (months.isEmpty()) {
            return Optional.empty();
        }
        String named = months.size() + (months.size() == 1 ? " maand" : " maanden") + " (" + String.join(", ",
                months.stream().map(m -> NAMES.get(m - 1)).toList()) + ")";
        return switch (frequentie) {
            case "wekelijks", "maandelijks" -> months.size() == 12 ? Optional.empty()
                    : Optional.of("'" + frequentie + "' past bij het hele jaar, maar 'wanneer' noemt " + named + "; schrijf bijvoorbeeld 'elke maand'");
            case "per kwartaal" -> apart(months, 4, 3) ? Optional.empty()
                    : Optional.of("'per kwartaal' vraagt vier maanden die drie maanden uit elkaar liggen, maar 'wanneer' noemt " + named);
            case "halfjaarlijks" -> apart(months, 2, 6) ? Optional.empty()
                    : Optional.of("'halfjaarlijks' vraagt twee maanden die een half jaar uit elkaar liggen, maar 'wanneer' noemt " + named);
            case "jaarlijks", "elke 2 jaar", "elke 4 jaar" -> months.size() == 1 ? Optional.empty()
                    : Optional.of("'" + frequentie + "' vraagt één maand, maar 'wanneer' noemt " + named
                            + (months.size() == 2 ? "; is het 'halfjaarlijks'?" : months.size() == 4 ? "; is het 'per kwartaal'?" : ""));
            case "begin schooljaar" -> months.size() == 1 && (months.get(0) == 8 || months.get(0) == 9) ? Optional.empty()
                    : Optional.of("'begin schooljaar' is augustus of september, maar 'wanneer' noemt " + named);
            case "na elke vakantie" -> Optional.of("'na elke vakantie' volgt de schoolvakanties, maar 'wanneer' noemt " + named
                    + "; noem geen maand");
            default -> Optional.empty();
        };
    }

    /** {@code count} months, each {@code step} months after the one before (round the year). */
    private static boolean apart(List<Integer> months, int count, int step) {
        if (months.size() != count) {
            return false;
        }
        List<Integer> sorted = months.stream().sorted().toList();
        for (int i = 0; i < count; i++) {
            int next = sorted.get((i + 1) % count);
            if (Math.floorMod(next - sorted.get(i), 12) != step % 12 && count > 1) {
                return false;
            }
        }
        return true;
    }
}
