package nl.vplan.compose;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Name;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import nl.vplan.model.Choice;
import nl.vplan.model.DocumentLabels;
import nl.vplan.model.DutchDate;
import nl.vplan.model.Framework;
import nl.vplan.model.School;
import nl.vplan.model.Task;
import nl.vplan.model.TaskList;
import nl.vplan.resolve.FieldView;

/**
 * A school's yearly calendar of recurring tasks: {@code jaarplanning.ics} for agendas (this school
 * year and the next) and the month-by-month page {@code jaarplanning.html} (this school year). The
 * school year is the one the build date falls in; each task is planned on a school day of the
 * school's region ({@code regio}), from the school's own date where the task names one ({@code vanaf}),
 * and only when its {@code als} fits the school.
 */
final class YearPlanning {

    /** The choice that names the school's holiday region, and the region without an answer. */
    static final String REGION_CHOICE = "regio";
    static final String DEFAULT_REGION = "midden";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("nl"));

    /** A task on a day: the row as the task table shows it, the day in words and a note (overdue). */
    public record Entry(Blocks.TaskRow row, String date, String note) {
    }

    /** A month of the school year with the tasks planned in it. */
    public record Month(String name, int number, List<Entry> tasks) {
    }

    /** One planned day of one task of one list. */
    private record Dated(TaskList list, Task task, TaskSchedule.Planned planned) {
    }

    private final Framework framework;
    private final School school;
    private final int year;
    private final FieldView fields;
    private final Blocks blocks;
    private final TaskSchedule schedule;
    private final DocumentLabels labels;
    /** Task key ({@code taak-<id>}) → the page and anchor where its list is shown. */
    private final Map<String, String> descriptions = new HashMap<>();

    /**
     * @param listPages where each task list is shown ({@code taken::<list>[]}): list id → page, relative to the school's folder
     * @param today     the build date: its school year is the page's
     */
    YearPlanning(Framework framework, School school, FieldView fields, Blocks blocks, Map<String, String> listPages,
            DocumentLabels labels, LocalDate today) {
        this.framework = framework;
        this.school = school;
        this.fields = fields;
        this.blocks = blocks;
        this.labels = labels;
        framework.tasks().forEach((listId, list) -> {
            String page = listPages.get(listId);
            if (page != null) {
                list.tasks().forEach(t -> descriptions.putIfAbsent("taak-" + t.id(), page + "#taak-" + t.id()));
            }
        });
        this.year = TaskSchedule.schoolYearStart(today).getYear();
        this.schedule = new TaskSchedule(framework.holidays(), region(framework, school));
    }

    /** The school's holiday region: its answer to the choice {@code regio}, or midden. */
    static String region(Framework framework, School school) {
        Choice choice = framework.choices().get(REGION_CHOICE);
        return choice == null ? DEFAULT_REGION : school.answer(choice);
    }

    /** The first calendar year of the school year the build date falls in. */
    int year() {
        return year;
    }

    private String described(String taskKey) {
        return descriptions.getOrDefault(taskKey, "");
    }

    boolean hasTasks() {
        return framework.tasks().values().stream().anyMatch(l -> !blocks.applicable(l).isEmpty());
    }

    /** The model of {@code jaarplanning.ftlh}: tasks due all year round, and per month the others on their days. */
    Map<String, Object> model() {
        List<Dated> dated = dated(year, true).stream().filter(d -> !TaskSchedule.continuous(d.task())).toList();
        List<Month> months = new ArrayList<>();
        for (int month : TaskSchedule.SCHOOL_YEAR) {
            List<Entry> entries = new ArrayList<>();
            for (Dated d : dated) {
                LocalDate day = d.planned().date();
                if (day.getMonthValue() == month) {
                    Blocks.TaskRow r = blocks.rows(List.of(d.task()), this::whoHtml).get(0);
                    entries.add(new Entry(new Blocks.TaskRow(r.key() + "-" + day, r.wat(), r.wieHtml(), r.frequentie(),
                            r.wanneer(), r.grondslag(), described(r.key())), DAY.format(day), note(d)));
                }
            }
            months.add(new Month(TaskSchedule.MONTHS.get(month - 1) + " " + TaskSchedule.date(year, month).getYear(), month, entries));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("title", labels.jaarplanning());
        model.put("regio", region(framework, school));
        model.put("schoolYear", year + "–" + (year + 1));
        model.put("continuous", blocks.rows(allTasks().stream().filter(TaskSchedule::continuous).toList(), this::whoHtml).stream()
                .map(r -> new Blocks.TaskRow(r.key(), r.wat(), r.wieHtml(), r.frequentie(), r.wanneer(), r.grondslag(),
                        described(r.key())))
                .toList());
        model.put("months", months);
        return model;
    }

    /** The tasks as an iCalendar file: one all-day event per planned school day, this school year and the next. */
    byte[] ics() {
        Calendar calendar = new Calendar()
                .withProdId("-//vplan//" + labels.jaarplanning() + "//NL")
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withProperty(new Name(labels.jaarplanning() + " — " + school.naam()))
                .withProperty(new XProperty("X-WR-CALNAME", labels.jaarplanning() + " — " + school.naam()))
                .getFluentTarget();
        DtStamp stamp = new DtStamp(LocalDate.of(year, 8, 1).atStartOfDay().toInstant(ZoneOffset.UTC));
        List<Dated> all = new ArrayList<>(dated(year, true));
        all.addAll(dated(year + 1, false));
        for (Dated d : all) {
            Task task = d.task();
            LocalDate day = d.planned().date();
            VEvent event = new VEvent(day, task.wat());
            event.replace(stamp);
            event.add(new Uid(school.id() + "-" + d.list().id() + "-" + task.id() + "-" + day + "@vplan"));
            String note = note(d);
            event.add(new Description("Wie: " + who(task) + "\nHoe vaak: " + task.frequentie()
                    + "\nWanneer: " + task.wanneer() + (note.isEmpty() ? "" : "\n" + note) + "\nGrondslag: " + task.grondslag()));
            event.add(new Categories(labels.categorie()));
            calendar.add(event);
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Every applicable task's planned days in one school year, by date. */
    private List<Dated> dated(int schoolYear, boolean first) {
        List<Dated> dated = new ArrayList<>();
        for (TaskList list : framework.tasks().values()) {
            for (Task task : blocks.applicable(list)) {
                schedule.days(task, schoolYear, from(task), first).forEach(p -> dated.add(new Dated(list, task, p)));
            }
        }
        dated.sort(Comparator.comparing((Dated d) -> d.planned().date()));
        return dated;
    }

    /** The school's date a task counts from ({@code vanaf}), when the reader may see it and it is filled. */
    private Optional<LocalDate> from(Task task) {
        if (task.vanaf().isEmpty() || !(fields.of(task.vanaf()) instanceof FieldView.Filled filled)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(filled.value()));
        } catch (DateTimeParseException e) {
            return Optional.empty(); // reported by the loader; the calendar falls back to the task's month
        }
    }

    private String note(Dated d) {
        Optional<LocalDate> from = from(d.task());
        if (from.isEmpty()) {
            return "";
        }
        String label = framework.fields().get(d.task().vanaf()).label();
        String since = label + ": " + DutchDate.of(from.get().toString());
        return d.planned().late() ? "Te laat: " + since + ", dus al eerder aan de beurt" : "Volgt uit " + since;
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
        return framework.tasks().values().stream().flatMap(l -> blocks.applicable(l).stream()).toList();
    }
}
