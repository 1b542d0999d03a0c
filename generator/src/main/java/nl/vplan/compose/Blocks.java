package nl.vplan.compose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.vplan.convert.Body;
import nl.vplan.convert.Segment;
import nl.vplan.model.Form;
import nl.vplan.model.Framework;
import nl.vplan.model.Html;
import nl.vplan.model.Task;
import nl.vplan.model.TaskList;
import nl.vplan.resolve.FieldView;
import nl.vplan.resolve.FieldView.Medium;

/**
 * Renders the blocks of {@code taken::} and {@code formulier::} from the framework's task lists and
 * forms, through the templates {@code taken.ftlh} and {@code formulier.ftlh}, and gives their text
 * for the search index. A task's responsible person, when it names a field, is that fill-in; a task
 * with {@code als}/{@code niet-als} is shown only to the schools whose choices and parts fit it.
 */
final class Blocks {

    /** A task as the template shows it; {@code wieHtml} is the fill-in as HTML or an escaped role. */
    public record TaskRow(String key, String wat, String wieHtml, String frequentie, String wanneer, String grondslag,
                          String href) {
    }

    /** A block with a heading of its own (a form): the heading's id on the page and its text. */
    record Heading(String anchor, String title) {
    }

    private final SiteTemplates templates;
    private final Framework framework;
    private final FieldView fields;
    /** The school's condition attributes ({@code keuze-…}, {@code onderdeel-…}) that tasks' {@code als} are held to. */
    private final Set<String> conditions;
    /** Each block's search text, the same for every school with the same tasks: kept for the whole build. */
    private final Map<String, Body> texts;

    /**
     * @param conditions the school's attribute names ({@code keuze-…}, {@code onderdeel-…})
     * @param texts      where the blocks' search texts are kept, shared by the schools of a build
     */
    Blocks(SiteTemplates templates, Framework framework, FieldView fields, Set<String> conditions, Map<String, Body> texts) {
        this.templates = templates;
        this.framework = framework;
        this.fields = fields;
        this.conditions = conditions;
        this.texts = texts;
    }

    /** The tasks of a list that apply to this school ({@code als}, {@code niet-als}). */
    List<Task> applicable(TaskList list) {
        return list.tasks().stream().filter(t -> t.appliesTo(conditions)).toList();
    }

    /**
     * The block as HTML; {@code fillIn} gives a field's HTML where the block shows one, {@code level}
     * is the heading level of a form's title. On screen its boxes and fields are to fill in; in
     * print they are drawn boxes and lines to fill in by hand.
     */
    String html(String kind, String id, UnaryOperator<String> fillIn, int level, Medium medium) {
        if (kind.equals("taken") && framework.tasks().containsKey(id)) {
            return tasks(framework.tasks().get(id), fillIn, medium);
        }
        if (kind.equals("formulier") && framework.forms().containsKey(id)) {
            return form(framework.forms().get(id), level, medium);
        }
        return "<p class=\"vplan-fout\">Onbekend: " + Html.escape(kind + "::" + id) + "</p>";
    }

    /** The heading a block brings onto the page (a form's title, id as in formulier.ftlh), if it has one. */
    Optional<Heading> heading(String kind, String id) {
        Form form = kind.equals("formulier") ? framework.forms().get(id) : null;
        return form == null ? Optional.empty() : Optional.of(new Heading("formulier-" + form.id() + "-titel", form.titel()));
    }

    /** The block's words for the search index, with the fill-ins it shows. */
    Body text(String kind, String id) {
        String tasks = kind.equals("taken") && framework.tasks().containsKey(id)
                ? "|" + String.join(",", applicable(framework.tasks().get(id)).stream().map(Task::id).toList()) : "";
        return texts.computeIfAbsent(kind + "::" + id + tasks, key -> words(kind, id));
    }

    private Body words(String kind, String id) {
        List<Segment> words = new ArrayList<>();
        if (kind.equals("taken") && framework.tasks().containsKey(id)) {
            words.add(new Segment.Text("Terugkerende taken: "));
            String rowStart = "";
            for (Task task : applicable(framework.tasks().get(id))) {
                // the table's cells apart, as in the search text of any table
                words.add(new Segment.Text(rowStart + task.wat() + " · "));
                words.add(namesField(task) ? new Segment.FillIn(task.wie()) : new Segment.Text(task.wie()));
                words.add(new Segment.Text(" · " + task.frequentie() + " · " + task.wanneer() + " · " + task.grondslag() + " "));
                rowStart = "— ";
            }
        } else if (kind.equals("formulier") && framework.forms().containsKey(id)) {
            Form form = framework.forms().get(id);
            words.add(new Segment.Text(form.inleiding() + " ")); // its title is the search section's title
            for (Form.Item item : form.items()) {
                words.add(new Segment.Text((item.isHeading() ? item.kop() : item.label() + " " + String.join(" ", item.opties())) + " "));
            }
        }
        return new Body(words);
    }

    private String tasks(TaskList list, UnaryOperator<String> fillIn, Medium medium) {
        Map<String, Object> model = new HashMap<>();
        model.put("print", medium == Medium.PRINT);
        model.put("id", list.id());
        model.put("rows", rows(applicable(list), fillIn));
        return templates.render("taken.ftlh", model);
    }

    List<TaskRow> rows(List<Task> tasks, UnaryOperator<String> fillIn) {
        return tasks.stream().map(t -> new TaskRow("taak-" + t.id(), t.wat(), who(t, fillIn), t.frequentie(),
                t.wanneer(), t.grondslag(), "")).toList();
    }

    /** Whether a task's {@code wie} names a field (shown as that fill-in) rather than a role in words. */
    boolean namesField(Task task) {
        return !(fields.of(task.wie()) instanceof FieldView.Unknown);
    }

    private String who(Task task, UnaryOperator<String> fillIn) {
        return namesField(task) ? fillIn.apply(task.wie()) : Html.escape(task.wie());
    }

    private String form(Form form, int level, Medium medium) {
        Map<String, Object> model = new HashMap<>();
        model.put("print", medium == Medium.PRINT);
        model.put("level", level);
        model.put("form", form);
        Map<String, String> prefilled = new HashMap<>();
        form.items().stream().filter(i -> !i.veld().isEmpty()).forEach(i -> prefilled.put(i.id(), fields.value(i.veld())));
        model.put("prefilled", prefilled);
        return templates.render("formulier.ftlh", model);
    }
}
