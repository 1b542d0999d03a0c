package nl.vplan.compose;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.vplan.model.Framework;
import nl.vplan.model.School;
import nl.vplan.model.Task;
import nl.vplan.model.TaskList;
import nl.vplan.resolve.FieldView;

/**
 * A school's yearly calendar of recurring safety tasks: {@code jaarplanning.ics} for agendas and the
 * month-by-month page {@code jaarplanning.html}. The school year is the one the first document was
 * adopted in, so the same content always gives the same calendar.
 */
final class YearPlanning {

    /** A month of the school year with the tasks due in it. */
    public record Month(String name, int number, List<Blocks.TaskRow> tasks) {
    }

    private final Framework framework;
    private final School school;
    private final LocalDate yearStart;
    private final FieldView fields;
    private final Blocks blocks;
    /** Task key ({@code taak-<id>}) → the page and anchor where its list is shown. */
    private final Map<String, String> descriptions = new HashMap<>();

    /** @param listPages where each task list is shown ({@code taken::<list>[]}): list id → page, relative to the school's folder */
    YearPlanning(Framework framework, School school, FieldView fields, Blocks blocks, Map<String, String> listPages) {
        this.framework = framework;
        this.school = school;
        this.fields = fields;
        this.blocks = blocks;
        framework.tasks().forEach((listId, list) -> {
            String page = listPages.get(listId);
            if (page != null) {
                list.tasks().forEach(t -> descriptions.putIfAbsent("taak-" + t.id(), page + "#taak-" + t.id()));
            }
        });
        this.yearStart = TaskSchedule.schoolYearStart(framework.documents().stream()
                .map(d -> d.vastgesteld()).filter(v -> !v.isEmpty()).findFirst()
                .map(LocalDate::parse).orElse(LocalDate.of(2026, 8, 1)));
    }

    private String described(String taskKey) {
        return descriptions.getOrDefault(taskKey, "");
    }

    boolean hasTasks() {
        return framework.tasks().values().stream().anyMatch(l -> !l.tasks().isEmpty());
    }

    /** The model of {@code jaarplanning.ftlh}: tasks due all year round, and per month the others. */
    Map<String, Object> model() {
        List<Task> all = allTasks();
        List<Month> months = new ArrayList<>();
        for (int month : TaskSchedule.SCHOOL_YEAR) {
            List<Task> due = all.stream()
                    .filter(t -> !TaskSchedule.continuous(t) && TaskSchedule.months(t).contains(month)).toList();
            List<Blocks.TaskRow> rows = blocks.rows(due, this::whoHtml).stream()
                    .map(r -> new Blocks.TaskRow(r.key() + "-" + month, r.wat(), r.wieHtml(), r.frequentie(), r.wanneer(),
                            r.grondslag(), described(r.key())))
                    .toList();
            months.add(new Month(TaskSchedule.MONTHS.get(month - 1) + " " + TaskSchedule.date(yearStart, month).getYear(), month, rows));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("schoolYear", yearStart.getYear() + "–" + (yearStart.getYear() + 1));
        model.put("continuous", blocks.rows(all.stream().filter(TaskSchedule::continuous).toList(), this::whoHtml).stream()
                .map(r -> new Blocks.TaskRow(r.key(), r.wat(), r.wieHtml(), r.frequentie(), r.wanneer(), r.grondslag(),
                        described(r.key())))
                .toList());
        model.put("months", months);
        return model;
    }

    /** The tasks as an iCalendar file, one event per task and month with its repeat rule. */
    byte[] ics() {
        Calendar calendar = new Calendar()
                .withProdId("-//vplan//Jaarplanning veiligheid//NL")
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .getFluentTarget();
        DtStamp stamp = new DtStamp(yearStart.atStartOfDay().toInstant(ZoneOffset.UTC));
        for (TaskList list : framework.tasks().values()) {
            for (Task task : list.tasks()) {
                int n = 0;
                for (TaskSchedule.Occurrence occurrence : TaskSchedule.occurrences(task, yearStart)) {
                    VEvent event = new VEvent(occurrence.start(), task.wat());
                    event.replace(stamp);
                    event.add(new Uid(school.id() + "-" + list.id() + "-" + task.id() + "-" + (++n) + "@vplan"));
                    event.add(new RRule<>(occurrence.rule()));
                    event.add(new Description("Wie: " + who(task) + "\nHoe vaak: " + task.frequentie()
                            + "\nWanneer: " + task.wanneer() + "\nGrondslag: " + task.grondslag()));
                    event.add(new Categories("Veiligheid"));
                    calendar.add(event);
                }
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The responsible person as plain text: what the reader sees of the field (an agenda has no grey blank, so an open one says so), or the role in words. */
    private String who(Task task) {
        if (!blocks.namesField(task)) {
            return task.wie();
        }
        String text = fields.text(task.wie());
        return fields.of(task.wie()) instanceof FieldView.Open ? "nog in te vullen: " + text : text;
    }

    private String whoHtml(String fieldId) {
        return fields.html(fieldId, null, FieldView.Medium.SCREEN);
    }

    private List<Task> allTasks() {
        return framework.tasks().values().stream().flatMap(l -> l.tasks().stream()).toList();
    }
}
