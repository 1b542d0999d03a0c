package nl.vplan.compose;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import nl.vplan.convert.BlockMarker;
import nl.vplan.convert.FillInMarker;
import nl.vplan.model.Form;
import nl.vplan.model.Framework;
import nl.vplan.model.Html;
import nl.vplan.model.Task;
import nl.vplan.model.TaskList;

/**
 * Renders the blocks the {@code taken::} and {@code formulier::} macros left as markers, from the
 * framework's task lists and forms, through the templates {@code taken.ftlh} and {@code formulier.ftlh}.
 * A task's responsible person, when it names a field, becomes a fill-in marker for {@link FillIns}.
 */
final class Blocks {

    /** A task as the template shows it; {@code wieHtml} is a fill-in marker or an escaped role. */
    public record TaskRow(String key, String wat, String wieHtml, String frequentie, String wanneer, String grondslag,
                          String href) {
    }

    private final SiteTemplates templates;
    private final Framework framework;
    private final java.util.function.Function<String, String> schoolValue;

    /** @param schoolValue the school's value of a field as text, "" when open or above the edition */
    Blocks(SiteTemplates templates, Framework framework, java.util.function.Function<String, String> schoolValue) {
        this.templates = templates;
        this.framework = framework;
        this.schoolValue = schoolValue;
    }

    String render(String bodyHtml) {
        return BlockMarker.PATTERN.matcher(bodyHtml)
                .replaceAll(m -> Matcher.quoteReplacement(block(m.group(1), m.group(2))));
    }

    private String block(String kind, String id) {
        if (kind.equals("taken") && framework.tasks().containsKey(id)) {
            return tasks(framework.tasks().get(id));
        }
        if (kind.equals("formulier") && framework.forms().containsKey(id)) {
            return form(framework.forms().get(id));
        }
        return "<p class=\"vplan-fout\">Onbekend: " + Html.escape(kind + "::" + id) + "</p>";
    }

    private String tasks(TaskList list) {
        Map<String, Object> model = new HashMap<>();
        model.put("id", list.id());
        model.put("rows", rows(list.tasks(), framework));
        return templates.render("taken.ftlh", model);
    }

    static List<TaskRow> rows(List<Task> tasks, Framework framework) {
        return tasks.stream().map(t -> new TaskRow("taak-" + t.id(), t.wat(), who(t, framework), t.frequentie(),
                t.wanneer(), t.grondslag(), "")).toList();
    }

    static String who(Task task, Framework framework) {
        return framework.fields().containsKey(task.wie()) ? FillInMarker.of(task.wie()) : Html.escape(task.wie());
    }

    private String form(Form form) {
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        Map<String, String> prefilled = new HashMap<>();
        form.items().stream().filter(i -> !i.veld().isEmpty())
                .forEach(i -> prefilled.put(i.id(), schoolValue.apply(i.veld())));
        model.put("prefilled", prefilled);
        return templates.render("formulier.ftlh", model);
    }
}
