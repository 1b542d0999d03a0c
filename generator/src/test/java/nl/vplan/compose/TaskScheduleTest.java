package nl.vplan.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.vplan.model.Task;
import org.junit.jupiter.api.Test;

class TaskScheduleTest {

    private static Task task(String frequentie, String wanneer) {
        return new Task("t", "Iets doen", "directeur", frequentie, wanneer, "wet", null);
    }

    @Test
    void monthsNamedInWanneerInSchoolYearOrder() {
        assertThat(TaskSchedule.months(task("jaarlijks", "maart en oktober"))).containsExactly(10, 3);
        assertThat(TaskSchedule.months(task("jaarlijks", "na de zomer"))).as("no month named: September").containsExactly(9);
    }

    @Test
    void quarterlyFromTheFirstNamedMonth() {
        assertThat(TaskSchedule.months(task("per kwartaal", "november"))).as("in school-year order").containsExactly(8, 11, 2, 5);
    }

    @Test
    void weeklyAndMonthlyTasksRunAllYear() {
        assertThat(TaskSchedule.continuous(task("wekelijks", ""))).isTrue();
        assertThat(TaskSchedule.months(task("maandelijks", ""))).hasSize(12).startsWith(8);
        assertThat(TaskSchedule.continuous(task("jaarlijks", "mei"))).isFalse();
    }

    @Test
    void afterEveryHoliday() {
        assertThat(TaskSchedule.months(task("na elke vakantie", ""))).containsExactly(9, 11, 1, 3, 5);
    }

    @Test
    void calendarEventsCarryTheirRepeatRule() {
        LocalDate start = LocalDate.of(2026, 8, 1);
        assertThat(TaskSchedule.occurrences(task("elke 4 jaar", "april"), start))
                .containsExactly(new TaskSchedule.Occurrence(LocalDate.of(2027, 4, 1), "FREQ=YEARLY;INTERVAL=4"));
        assertThat(TaskSchedule.occurrences(task("wekelijks", ""), start).get(0).start())
                .as("the first Monday of September").isEqualTo(LocalDate.of(2026, 9, 7));
        assertThat(TaskSchedule.occurrences(task("jaarlijks", "oktober en juni"), start)).hasSize(2);
    }

    @Test
    void theSchoolYearStartsOnTheFirstOfAugust() {
        assertThat(TaskSchedule.schoolYearStart(LocalDate.of(2027, 3, 15))).isEqualTo(LocalDate.of(2026, 8, 1));
        assertThat(TaskSchedule.schoolYearStart(LocalDate.of(2026, 8, 1))).isEqualTo(LocalDate.of(2026, 8, 1));
    }
}
