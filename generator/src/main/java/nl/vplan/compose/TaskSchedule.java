package nl.vplan.compose;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.vplan.model.Task;

/**
 * When a recurring task falls in the school year (August to July): the months it is due in and the
 * iCalendar rule that repeats it. Months named in {@code wanneer} win; otherwise a frequency has a
 * customary month (September for yearly work, the weeks after the five holidays for "na elke vakantie").
 */
final class TaskSchedule {

    static final List<String> MONTHS = List.of("januari", "februari", "maart", "april", "mei", "juni", "juli",
            "augustus", "september", "oktober", "november", "december");
    private static final List<java.util.regex.Pattern> MONTH_WORDS = MONTHS.stream()
            .map(m -> java.util.regex.Pattern.compile("\\b" + m + "\\b")).toList();

    /** The months of the school year in order, as month numbers. */
    static final List<Integer> SCHOOL_YEAR = List.of(8, 9, 10, 11, 12, 1, 2, 3, 4, 5, 6, 7);

    private static final List<Integer> AFTER_HOLIDAYS = List.of(9, 11, 1, 3, 5);

    /** One event of a task: its first date in the school year and how it repeats (an RRULE value). */
    record Occurrence(LocalDate start, String rule) {
    }

    private TaskSchedule() {
    }

    /** True for tasks that recur through the whole year rather than in particular months. */
    static boolean continuous(Task task) {
        return task.frequentie().equals("wekelijks") || task.frequentie().equals("maandelijks");
    }

    /** The months (1–12) a task is due in, in school-year order; every month for weekly and monthly tasks. */
    static List<Integer> months(Task task) {
        if (continuous(task)) {
            return SCHOOL_YEAR;
        }
        List<Integer> named = namedMonths(task.wanneer());
        if (task.frequentie().equals("per kwartaal")) {
            int first = named.isEmpty() ? 9 : named.get(0);
            List<Integer> quarters = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                quarters.add((first - 1 + 3 * i) % 12 + 1);
            }
            return inSchoolYearOrder(quarters);
        }
        if (!named.isEmpty()) {
            return named;
        }
        return task.frequentie().equals("na elke vakantie") ? inSchoolYearOrder(AFTER_HOLIDAYS) : List.of(9);
    }

    /** The calendar events of a task in the school year that starts on {@code yearStart} (1 August). */
    static List<Occurrence> occurrences(Task task, LocalDate yearStart) {
        List<Occurrence> events = new ArrayList<>();
        switch (task.frequentie()) {
            case "wekelijks" -> events.add(new Occurrence(
                    date(yearStart, 9).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)), "FREQ=WEEKLY"));
            case "maandelijks" -> events.add(new Occurrence(date(yearStart, 9), "FREQ=MONTHLY"));
            case "per kwartaal" -> events.add(new Occurrence(date(yearStart, months(task).get(0)), "FREQ=MONTHLY;INTERVAL=3"));
            case "elke 2 jaar" -> events.add(new Occurrence(date(yearStart, months(task).get(0)), "FREQ=YEARLY;INTERVAL=2"));
            case "elke 4 jaar" -> events.add(new Occurrence(date(yearStart, months(task).get(0)), "FREQ=YEARLY;INTERVAL=4"));
            default -> months(task).forEach(m -> events.add(new Occurrence(date(yearStart, m), "FREQ=YEARLY")));
        }
        return events;
    }

    /** The first day of {@code month} within the school year that starts on {@code yearStart}. */
    static LocalDate date(LocalDate yearStart, int month) {
        int year = month >= 8 ? yearStart.getYear() : yearStart.getYear() + 1;
        return LocalDate.of(year, month, 1);
    }

    /** 1 August of the school year a date falls in. */
    static LocalDate schoolYearStart(LocalDate day) {
        return LocalDate.of(day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1, 8, 1);
    }

    private static List<Integer> namedMonths(String wanneer) {
        String text = wanneer.toLowerCase(Locale.ROOT);
        List<Integer> months = new ArrayList<>();
        for (int i = 0; i < MONTHS.size(); i++) {
            if (MONTH_WORDS.get(i).matcher(text).find()) {
                months.add(i + 1);
            }
        }
        return inSchoolYearOrder(months);
    }

    private static List<Integer> inSchoolYearOrder(List<Integer> months) {
        return SCHOOL_YEAR.stream().filter(months::contains).toList();
    }
}
