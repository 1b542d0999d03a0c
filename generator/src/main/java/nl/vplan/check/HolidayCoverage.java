package nl.vplan.check;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.vplan.model.Framework;
import nl.vplan.model.Problem;
import nl.vplan.model.SchoolHolidays;

/**
 * Warns when {@code vakanties.yml} lacks a school year the yearly calendar is built for (the build
 * date's school year and the next): the calendar then avoids weekends and public holidays only.
 * A board without {@code vakanties.yml} does not plan around holidays and gets no warning.
 */
final class HolidayCoverage {

    private HolidayCoverage() {
    }

    static List<Problem> check(Framework framework, LocalDate today) {
        SchoolHolidays holidays = framework.holidays();
        List<Problem> problems = new ArrayList<>();
        if (framework.tasks().isEmpty() || !Files.isRegularFile(holidays.where().file())) {
            return problems;
        }
        int first = today.getMonthValue() >= 8 ? today.getYear() : today.getYear() - 1;
        for (int year = first; year <= first + 1; year++) {
            if (!holidays.covers(year)) {
                problems.add(Problem.warning(holidays.where(), "vakanties.yml noemt de schoolvakanties van "
                        + SchoolHolidays.label(year) + " niet; de jaarplanning zet taken in dat schooljaar alleen buiten weekends en"
                        + " feestdagen. Voeg schooljaar \"" + SchoolHolidays.label(year) + "\" toe"));
            }
        }
        return problems;
    }
}
