package nl.vplan.compose;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import nl.vplan.model.SchoolHolidays;

/**
 * Which days a school of one region is open: not on a weekend, a Dutch public holiday (Nieuwjaarsdag,
 * Pasen, Koningsdag, Bevrijdingsdag in a lustrum year, Hemelvaart, Pinksteren, Kerst) or in the
 * region's school holidays. A school year without holiday data still avoids weekends and public holidays.
 */
final class SchoolDays {

    private final SchoolHolidays holidays;
    private final String region;

    SchoolDays(SchoolHolidays holidays, String region) {
        this.holidays = holidays;
        this.region = region;
    }

    /** The first school day on or after {@code day}. */
    LocalDate onOrAfter(LocalDate day) {
        LocalDate d = day;
        while (!isSchoolDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    boolean isSchoolDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && publicHoliday(day).isEmpty() && holiday(day).isEmpty();
    }

    /** The school holiday of the region that {@code day} falls in, if any. */
    Optional<SchoolHolidays.Period> holiday(LocalDate day) {
        int year = TaskSchedule.schoolYearStart(day).getYear();
        // the summer holiday at the end of one school year runs into the next one's August
        return java.util.stream.Stream.concat(holidays.of(year, region).stream(), holidays.of(year - 1, region).stream())
                .filter(p -> p.contains(day)).findFirst();
    }

    /** The name of the public holiday on {@code day}, if it is one. */
    static Optional<String> publicHoliday(LocalDate day) {
        LocalDate easter = easter(day.getYear());
        MonthDay md = MonthDay.from(day);
        if (md.equals(MonthDay.of(1, 1))) {
            return Optional.of("Nieuwjaarsdag");
        }
        if (day.equals(easter) || day.equals(easter.plusDays(1))) {
            return Optional.of("Pasen");
        }
        if (day.equals(kingsDay(day.getYear()))) {
            return Optional.of("Koningsdag");
        }
        if (md.equals(MonthDay.of(5, 5)) && day.getYear() % 5 == 0) {
            return Optional.of("Bevrijdingsdag");
        }
        if (day.equals(easter.plusDays(39))) {
            return Optional.of("Hemelvaartsdag");
        }
        if (day.equals(easter.plusDays(49)) || day.equals(easter.plusDays(50))) {
            return Optional.of("Pinksteren");
        }
        if (md.equals(MonthDay.of(12, 25)) || md.equals(MonthDay.of(12, 26))) {
            return Optional.of("Kerst");
        }
        return Optional.empty();
    }

    /** 27 April, or the 26th when the 27th is a Sunday. */
    private static LocalDate kingsDay(int year) {
        LocalDate day = LocalDate.of(year, 4, 27);
        return day.getDayOfWeek() == DayOfWeek.SUNDAY ? day.minusDays(1) : day;
    }

    /** Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm). */
    static LocalDate easter(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }
}
