package nl.vplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TaskMonthsTest {

    @Test
    void monthsThatFitTheirFrequency() {
        assertThat(TaskMonths.misfit("jaarlijks", "oktober")).isEmpty();
        assertThat(TaskMonths.misfit("jaarlijks", "na de zomer")).as("no month named").isEmpty();
        assertThat(TaskMonths.misfit("halfjaarlijks", "januari en juli")).isEmpty();
        assertThat(TaskMonths.misfit("per kwartaal", "oktober, januari, april en juli")).isEmpty();
        assertThat(TaskMonths.misfit("maandelijks", "elke maand")).isEmpty();
        assertThat(TaskMonths.misfit("begin schooljaar", "augustus")).isEmpty();
        assertThat(TaskMonths.misfit("elke 4 jaar", "januari")).isEmpty();
    }

    @Test
    void monthsThatContradictTheirFrequency() {
        assertThat(TaskMonths.misfit("jaarlijks", "januari en juli")).get().asString().contains("halfjaarlijks");
        assertThat(TaskMonths.misfit("per kwartaal", "oktober")).get().asString().contains("vier maanden");
        assertThat(TaskMonths.misfit("per kwartaal", "oktober, november, april en juli")).isPresent();
        assertThat(TaskMonths.misfit("halfjaarlijks", "januari en maart")).isPresent();
        assertThat(TaskMonths.misfit("begin schooljaar", "oktober")).isPresent();
        assertThat(TaskMonths.misfit("maandelijks", "oktober")).isPresent();
        assertThat(TaskMonths.misfit("na elke vakantie", "januari")).isPresent();
    }
}
