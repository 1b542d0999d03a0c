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
import nl.vplan.model.Ids;
import nl.vplan.model.SourceRef;
import nl.vplan.model.Task;
import nl.vplan.model.TaskList;

/** Reads one {@code taken/<id>.yml}: every task needs wat, wie, frequentie, wanneer and grondslag. */
final class TaskLoader {

    private static final Set<String> FILE_KEYS = Set.of("taken");
    private static final Set<String> TASK_KEYS = Set.of("id", "wat", "wie", "frequentie", "wanneer", "grondslag");

    private final Map<String, Field> fields;
    private final List<nl.vplan.model.Problem> problems;

    TaskLoader(Map<String, Field> fields, List<nl.vplan.model.Problem> problems) {
        this.fields = fields;
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
            if (!frequentie.isEmpty() && !Task.FREQUENCIES.contains(frequentie)) {
                yaml.error(pointer + "/frequentie", "onbekende frequentie '" + frequentie + "'; kies uit "
                        + String.join(", ", Task.FREQUENCIES) + Ids.suggestion(frequentie, Task.FREQUENCIES));
            }
            String wanneer = yaml.requiredText(node, pointer, "wanneer", where).orElse("");
            String grondslag = yaml.requiredText(node, pointer, "grondslag", where).orElse("");
            tasks.add(new Task(id, wat, wie, frequentie, wanneer, grondslag, yaml.at(pointer)));
        }
        return new TaskList(listId, List.copyOf(tasks), yaml.at(""));
    }
}
