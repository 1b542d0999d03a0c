package nl.vplan.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.vplan.model.Field;
import nl.vplan.model.FieldType;
import nl.vplan.model.Ids;
import nl.vplan.model.SourceRef;
import nl.vplan.model.Task;
import nl.vplan.model.TaskList;
import nl.vplan.model.TaskMonths;

/**
 * Reads one {@code taken/<id>.yml}: every task needs wat, wie, frequentie, wanneer and grondslag, and
 * the months of its {@code wanneer} must fit its frequency; {@code vanaf} names a date field, {@code als}
 * and {@code niet-als} name a choice's option or an optional part, as {@code ifdef::} does.
 */
final class TaskLoader {

    private static final Set<String> FILE_KEYS = Set.of("taken");
    private static final Set<String> TASK_KEYS = Set.of("id", "wat", "wie", "frequentie", "wanneer", "grondslag", "vanaf", "als",
            "niet-als");

    private final Map<String, Field> fields;
    private final Set<String> conditions;
    private final List<nl.vplan.model.Problem> problems;

    /** @param conditions the names {@code als:} may use ({@link nl.vplan.model.ConditionNames}) */
    TaskLoader(Map<String, Field> fields, Set<String> conditions, List<nl.vplan.model.Problem> problems) {
        this.fields = fields;
        this.conditions = conditions;
        this.problems = problems;
    }

    Optional<TaskList> load(Path contentRoot, String id, Path file) {
        return YamlFile.read(contentRoot, file, problems).map(y -> tasks(id, new YamlReader(y, problems)));
    }

    private TaskList tasks(String listId, YamlReader yaml) {
        List<Task> tasks = new ArrayList<>();
        JsonNode top = yaml.root();
        if (!yaml.isMapping(top, "", "een takenbestand")) {
            return new TaskList(listId, List.of(), yaml.at(""));
        }
        yaml.onlyKeys(top, "", FILE_KEYS, "een takenbestand");
        JsonNode list = top.get("taken");
        if (list == null || !list.isArray() || list.isEmpty()) {
            yaml.error("/taken", "een takenbestand heeft een lijst 'taken' met minstens één taak nodig");
            return new TaskList(listId, List.of(), yaml.at(""));
        }
        Map<String, SourceRef> ids = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String pointer = "/taken/" + i;
            JsonNode node = list.get(i);
            if (!yaml.isMapping(node, pointer, "een taak")) {
                continue;
            }
            yaml.onlyKeys(node, pointer, TASK_KEYS, "een taak");
            String where = "taak " + (i + 1);
            String id = yaml.requiredText(node, pointer, "id", where).orElse("taak-" + (i + 1));
            if (yaml.validId(id, pointer + "/id", "het taak-id")) {
                where = "taak '" + id + "'";
            }
            SourceRef earlier = ids.putIfAbsent(id, yaml.at(pointer));
            if (earlier != null) {
                yaml.error(pointer + "/id", "taak '" + id + "' staat al eerder in dit bestand (" + earlier.display() + ")");
            }
            String wat = yaml.requiredText(node, pointer, "wat", where).orElse("");
            String wie = yaml.requiredText(node, pointer, "wie", where).orElse("");
            if (wie.contains(".") && !fields.containsKey(wie)) {
                yaml.error(pointer + "/wie", "onbekend veld '" + wie + "' bij 'wie' (niet in velden.yml); noem een veld of een rol"
                        + Ids.suggestion(wie, fields.keySet()));
            }
            String frequentie = yaml.requiredText(node, pointer, "frequentie", where).orElse("");
            boolean known = TaskMonths.FREQUENCIES.contains(frequentie);
            if (!frequentie.isEmpty() && !known) {
                yaml.error(pointer + "/frequentie", "onbekende frequentie '" + frequentie + "'; kies uit "
                        + String.join(", ", TaskMonths.FREQUENCIES) + Ids.suggestion(frequentie, TaskMonths.FREQUENCIES));
            }
            String wanneer = yaml.requiredText(node, pointer, "wanneer", where).orElse("");
            if (known) {
                String task = where;
                TaskMonths.misfit(frequentie, wanneer).ifPresent(why -> yaml.error(pointer + "/wanneer",
                        "de maanden passen niet bij de frequentie van " + task + ": " + why));
            }
            String grondslag = yaml.requiredText(node, pointer, "grondslag", where).orElse("");
            String vanaf = yaml.text(node, pointer, "vanaf").orElse("");
            if (!vanaf.isEmpty()) {
                Field field = fields.get(vanaf);
                if (field == null) {
                    yaml.error(pointer + "/vanaf", "onbekend veld '" + vanaf + "' bij 'vanaf' (niet in velden.yml)"
                            + Ids.suggestion(vanaf, fields.keySet()));
                } else if (field.type() != FieldType.DATUM) {
                    yaml.error(pointer + "/vanaf", "'vanaf' noemt een datumveld; '" + vanaf + "' is van het type "
                            + field.type().name().toLowerCase(java.util.Locale.ROOT));
                }
            }
            List<String> als = conditions(yaml, node, pointer, "als");
            List<String> nietAls = conditions(yaml, node, pointer, "niet-als");
            tasks.add(new Task(id, wat, wie, frequentie, wanneer, grondslag, vanaf, als, nietAls, yaml.at(pointer)));
        }
        return new TaskList(listId, List.copyOf(tasks), yaml.at(""));
    }

    /** The names under {@code als} or {@code niet-als} (one name or a list), each a known choice option or part. */
    private List<String> conditions(YamlReader yaml, JsonNode task, String pointer, String key) {
        JsonNode node = task.get(key);
        List<String> names = yaml.idList(node, pointer + "/" + key, "'" + key + "'");
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!conditions.contains(name)) {
                yaml.error(pointer + "/" + key + (node.isArray() ? "/" + i : ""), "onbekende keuze of onderdeel '" + name
                        + "' bij '" + key + "'; noem keuze-<keuze>-<optie> of onderdeel-<onderdeel>"
                        + Ids.suggestion(name, conditions));
            }
        }
        return List.copyOf(names);
    }
}
