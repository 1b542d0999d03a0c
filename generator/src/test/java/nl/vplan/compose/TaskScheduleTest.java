package nl.vplan.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.vplan.model.SchoolHolidays;
import nl.vplan.model.SourceRef;
import nl.vplan.model.Task;
import org.junit.jupiter.api.Test;

class TaskScheduleTest {

    /** Autumn and summer holidays of 2026-2027 as a board would write them; midden later than noord. */
    private static final SchoolHolidays HOLIDAYS = new SchoolHolidays(Map.of(2026, Map.of(
            "midden", List.of(new SchoolHolidays.Period("herfstvakantie", LocalDate.of(2026, 10, 17), LocalDate.of(2026, 10, 25)),
                    new SchoolHolidays.Period("zomervakantie", LocalDate.of(2027, 7, 24), LocalDate.of(2027, 9, 5))),
            "noord", List.of(new SchoolHolidays.Period("herfstvakantie", LocalDate.of(2026, 9, 26), LocalDate.of(2026, 10, 4))))),
            SourceRef.of(Path.of("vakanties.yml")));
    private static final TaskSchedule MIDDEN = new TaskSchedule(HOLIDAYS, "midden");

    private static Task task(String frequentie, String wanneer) {
        return new Task("t", "Iets doen", "directeur", frequentie, wanneer, "wet", null);
    }

    private static List<LocalDate> days(TaskSchedule schedule, Task task, int year) {
        return schedule.days(task, year, Optional.empty(), true).stream().map(TaskSchedule.Planned::date).toList();
    }

    @Test
    void monthsNamedInWanneerInSchoolYearOrder() {
        assertThat(TaskSchedule.months(task("halfjaarlijks", "maart en oktober"))).containsExactly(10, 3);
        assertThat(TaskSchedule.months(task("jaarlijks", "na de zomer"))).as("no month named: September").containsExactly(9);
    }

    @Test
    void quarterlyFromTheFirstNamedMonth() {
        assertThat(TaskSchedule.months(task("per kwartaal", "november"))).as("in school-year order").containsExactly(8, 11, 2, 5);
        assertThat(TaskSchedule.months(task("per kwartaal", "oktober, januari, april en juli"))).containsExactly(10, 1, 4, 7);
    }

    @Test
    void weeklyAndMonthlyTasksRunAllYear() {
        assertThat(TaskSchedule.continuous(task("wekelijks", ""))).isTrue();
        assertThat(TaskSchedule.months(task("maandelijks", ""))).hasSize(12).startsWith(8);
        assertThat(TaskSchedule.continuous(task("jaarlijks", "mei"))).isFalse();
    }

    @Test
    void aTaskFallsOnTheFirstSchoolDayNotOnAWeekendOrPublicHoliday() {
        // 1 August 2026 is a Saturday; 1 January 2027 is New Year's Day (a Friday)
        assertThat(days(new TaskSchedule(SchoolHolidays.none(null), "midden"), task("jaarlijks", "januari"), 2026))
                .containsExactly(LocalDate.of(2027, 1, 4));
        assertThat(SchoolDays.publicHoliday(LocalDate.of(2027, 5, 6))).as("Hemelvaart 2027").contains("Hemelvaartsdag");
        assertThat(SchoolDays.publicHoliday(LocalDate.of(2027, 4, 27))).contains("Koningsdag");
        assertThat(SchoolDays.publicHoliday(LocalDate.of(2025, 4, 26))).as("27 April 2025 is a Sunday").contains("Koningsdag");
        assertThat(SchoolDays.publicHoliday(LocalDate.of(2030, 5, 5))).as("lustrum").contains("Bevrijdingsdag");
        assertThat(SchoolDays.publicHoliday(LocalDate.of(2027, 5, 5))).isEmpty();
        assertThat(SchoolDays.easter(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
    }

    @Test
    void aTaskMovesOutOfTheRegionsHolidays() {
        Task october = task("jaarlijks", "oktober");
        assertThat(days(MIDDEN, october, 2026)).containsExactly(LocalDate.of(2026, 10, 1));
        assertThat(days(new TaskSchedule(HOLIDAYS, "noord"), october, 2026)).as("noord's autumn holiday")
                .containsExactly(LocalDate.of(2026, 10, 5));
        assertThat(days(MIDDEN, task("begin schooljaar", "augustus"), 2026)).as("not in the summer holiday")
                .containsExactly(LocalDate.of(2026, 8, 3));
        for (LocalDate day : days(MIDDEN, task("wekelijks", "elke week"), 2026)) {
            assertThat(day.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
            assertThat(HOLIDAYS.of(2026, "midden")).noneMatch(p -> p.contains(day));
        }
    }

    @Test
    void afterEveryHolidayFollowsTheRegionsHolidays() {
        assertThat(days(MIDDEN, task("na elke vakantie", "na elke vakantie"), 2026))
                .containsExactly(LocalDate.of(2026, 8, 3), LocalDate.of(2026, 10, 26));
        assertThat(days(MIDDEN, task("na elke vakantie", ""), 2030)).as("no data: the customary months").hasSize(5);
    }

    @Test
    void aTaskWithTheSchoolsOwnDateIsDueThatIntervalLater() {
        Task rie = new Task("rie", "RI&E", "arbo", "elke 4 jaar", "januari", "Arbowet", "rie.datum", List.of(), List.of(), null);
        Optional<LocalDate> done = Optional.of(LocalDate.of(2024, 2, 20));
        assertThat(MIDDEN.days(rie, 2026, done, true)).isEmpty();
        assertThat(MIDDEN.days(rie, 2027, done, false))
                .containsExactly(new TaskSchedule.Planned(LocalDate.of(2028, 2, 21), false)); // the 20th is a Sunday
        assertThat(MIDDEN.days(rie, 2026, Optional.of(LocalDate.of(2020, 3, 1)), true)).as("overdue: at the start")
                .containsExactly(new TaskSchedule.Planned(LocalDate.of(2026, 8, 3), true));
        assertThat(MIDDEN.days(rie, 2026, Optional.empty(), true)).as("no date: its month")
                .extracting(TaskSchedule.Planned::date).containsExactly(LocalDate.of(2027, 1, 4));
    }

    @Test
    void theSchoolYearStartsOnTheFirstOfAugust() {
        assertThat(TaskSchedule.schoolYearStart(LocalDate.of(2027, 3, 15))).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(TaskSchedule.schoolYearStart(LocalDate.of(2026, 8, 1))).isEqualTo(LocalDate.of(2026, 8, 1));
    }
}
