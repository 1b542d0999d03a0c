package nl.vplan.compose;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.vplan.model.SchoolHolidays;
import nl.vplan.model.Task;
import nl.vplan.model.TaskMonths;

/**
 * When a recurring task falls in a school year (August to July): the months it is due in and the
 * school days it is planned on. Months named in {@code wanneer} win; otherwise a frequency has a
 * customary month (September for yearly work, the weeks after the holidays for "na elke vakantie").
 * A task with {@code vanaf} counts its interval from the school's own date; each date is moved to the
 * first school day of the school's region on or after it ({@link SchoolDays}).
 */
final class TaskSchedule {

    static final List<String> MONTHS = TaskMonths.NAMES;

    /** The months of the school year in order, as month numbers. */
    static final List<Integer> SCHOOL_YEAR = TaskMonths.SCHOOL_YEAR;

    private static final List<Integer> AFTER_HOLIDAYS = List.of(9, 11, 1, 3, 5);

    /** A planned day of a task; {@code late} when the school's own date says it was due before the school year began. */
    record Planned(LocalDate date, boolean late) {
    }

    private final SchoolDays days;
    private final SchoolHolidays holidays;
    private final String region;

    TaskSchedule(SchoolHolidays holidays, String region) {
        this.days = new SchoolDays(holidays, region);
        this.holidays = holidays;
        this.region = region;
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
        List<Integer> named = TaskMonths.named(task.wanneer());
        if (task.frequentie().equals("per kwartaal") && named.size() < 4) {
            int first = named.isEmpty() ? 9 : named.get(0);
            List<Integer> quarters = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                quarters.add((first - 1 + 3 * i) % 12 + 1);
            }
            return TaskMonths.inSchoolYearOrder(quarters);
        }
        if (!named.isEmpty()) {
            return named;
        }
        return task.frequentie().equals("na elke vakantie") ? AFTER_HOLIDAYS_IN_ORDER : List.of(9);
    }

    private static final List<Integer> AFTER_HOLIDAYS_IN_ORDER = TaskMonths.inSchoolYearOrder(AFTER_HOLIDAYS);

    /**
     * The school days a task is planned on in the school year starting in August of {@code year};
     * {@code from} is the school's date the task's interval counts from ({@code vanaf}), if filled.
     * With {@code first} the school year is the first of the calendar, where an overdue task is planned.
     */
    List<Planned> days(Task task, int year, Optional<LocalDate> from, boolean first) {
        LocalDate start = LocalDate.of(year, 8, 1);
        LocalDate end = start.plusYears(1);
        if (from.isPresent()) {
            return fromDate(task, from.get(), start, end, first);
        }
        List<Planned> planned = new ArrayList<>();
        switch (task.frequentie()) {
            case "wekelijks" -> {
                for (LocalDate monday = start.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)); monday.isBefore(end);
                        monday = monday.plusWeeks(1)) {
                    LocalDate day = days.onOrAfter(monday);
                    if (day.isBefore(monday.plusDays(5)) && day.isBefore(end)) {
                        planned.add(new Planned(day, false));
                    }
                }
            }
            case "na elke vakantie" -> afterHolidays(year, start, end).forEach(d -> planned.add(new Planned(d, false)));
            case "elke 2 jaar", "elke 4 jaar" -> {
                // without a date of the school's own, the interval starts in the calendar's first year
                if (first) {
                    inMonths(task, year).forEach(d -> planned.add(new Planned(d, false)));
                }
            }
            default -> inMonths(task, year).forEach(d -> planned.add(new Planned(d, false)));
        }
        return planned;
    }

    /** The first school day of each of the task's months; a month without one (all holiday) is left out for monthly tasks. */
    private List<LocalDate> inMonths(Task task, int year) {
        List<LocalDate> dates = new ArrayList<>();
        for (int month : months(task)) {
            LocalDate first = date(year, month);
            LocalDate day = days.onOrAfter(first);
            if (task.frequentie().equals("maandelijks") && day.getMonthValue() != month) {
                continue;
            }
            if (!dates.contains(day)) {
                dates.add(day);
            }
        }
        return dates;
    }

    /** The first school day of the year and the first after each holiday but the summer's. */
    private List<LocalDate> afterHolidays(int year, LocalDate start, LocalDate end) {
        if (!holidays.covers(year)) {
            List<LocalDate> dates = new ArrayList<>();
            AFTER_HOLIDAYS_IN_ORDER.forEach(m -> dates.add(days.onOrAfter(date(year, m))));
            return dates;
        }
        List<LocalDate> dates = new ArrayList<>();
        dates.add(days.onOrAfter(start));
        for (SchoolHolidays.Period period : holidays.of(year, region)) {
            LocalDate after = days.onOrAfter(period.tot().plusDays(1));
            if (after.isBefore(end) && !dates.contains(after)) {
                dates.add(after);
            }
        }
        return dates;
    }

    /** Due every so many years from the school's own date; overdue means: now, at the start of the calendar. */
    private List<Planned> fromDate(Task task, LocalDate from, LocalDate start, LocalDate end, boolean first) {
        int years = TaskMonths.years(task.frequentie());
        LocalDate due = from.plusYears(years);
        if (due.isBefore(start)) {
            return first ? List.of(new Planned(days.onOrAfter(start), true)) : List.of();
        }
        List<Planned> planned = new ArrayList<>();
        for (; due.isBefore(end); due = due.plusYears(years)) {
            if (!due.isBefore(start)) {
                planned.add(new Planned(days.onOrAfter(due), false));
            }
        }
        return planned;
    }

    /** The first day of {@code month} within the school year that starts in August of {@code year}. */
    static LocalDate date(int year, int month) {
        return LocalDate.of(month >= 8 ? year : year + 1, month, 1);
    }

    /** 1 August of the school year a date falls in. */
    static LocalDate schoolYearStart(LocalDate day) {
        return LocalDate.of(day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1, 8, 1);
    }
}
