package nl.vplan.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.vplan.model.Choice;
import nl.vplan.model.Ids;

/** Reads {@code keuzes} in kader.yml: per choice its question, options and default. */
final class ChoiceLoader {

    private static final Set<String> CHOICE_KEYS = Set.of("vraag", "opties", "standaard");

    private ChoiceLoader() {
    }

    static Map<String, Choice> choices(YamlReader yaml, JsonNode node) {
        Map<String, Choice> choices = new LinkedHashMap<>();
        if (node == null || node.isNull() || !yaml.isMapping(node, "/keuzes", "'keuzes'")) {
            return choices;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            String pointer = "/keuzes" + YamlFile.key(id);
            JsonNode c = e.getValue();
            if (!yaml.validId(id, pointer, "de keuze") || !yaml.isMapping(c, pointer, "keuze '" + id + "'")) {
                continue;
            }
            yaml.onlyKeys(c, pointer, CHOICE_KEYS, "keuze '" + id + "'");
            String vraag = yaml.requiredText(c, pointer, "vraag", "keuze '" + id + "'").orElse(id);
            Map<String, String> opties = yaml.textMap(c.get("opties"), pointer + "/opties", "'opties'");
            opties.keySet().forEach(o -> yaml.validId(o, pointer + "/opties" + YamlFile.key(o), "de optie"));
            if (opties.isEmpty()) {
                yaml.error(pointer, "keuze '" + id + "' heeft geen 'opties'");
                continue;
            }
            String standaard = yaml.text(c, pointer, "standaard").orElse(opties.keySet().iterator().next());
            if (!opties.containsKey(standaard)) {
                yaml.error(pointer + "/standaard", "standaard '" + standaard + "' is geen optie van keuze '" + id + "'"
                        + Ids.suggestion(standaard, opties.keySet()));
            }
            choices.put(id, new Choice(id, vraag, Collections.unmodifiableMap(opties), standaard, yaml.at(pointer)));
        }
        return Collections.unmodifiableMap(choices);
    }
}
