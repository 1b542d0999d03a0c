package nl.vplan.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import nl.vplan.model.Field;
import nl.vplan.model.FieldType;
import nl.vplan.model.Ids;
import nl.vplan.model.Klasse;

/**
 * Reads the field catalogue, {@code velden.yml}: per field its label, {@link FieldType} and class, and
 * the value when the board sets it for every school ({@code waarde}).
 */
final class FieldLoader {

    private static final Set<String> FIELD_KEYS = Set.of("label", "type", "klasse", "waarde");

    private FieldLoader() {
    }

    static Map<String, Field> fields(YamlReader yaml) {
        Map<String, Field> fields = new LinkedHashMap<>();
        JsonNode top = yaml.root();
        if (!yaml.isMapping(top, "", "velden.yml")) {
            return fields;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = top.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            String pointer = YamlFile.key(id);
            if (!Ids.FIELD.matcher(id).matches()) {
                yaml.error(pointer, "veld-id '" + id + "' mag alleen kleine letters, cijfers, streepjes en punten bevatten");
                continue;
            }
            JsonNode f = e.getValue();
            if (!yaml.isMapping(f, pointer, "veld '" + id + "'")) {
                continue;
            }
            yaml.onlyKeys(f, pointer, FIELD_KEYS, "veld '" + id + "'");
            String label = yaml.requiredText(f, pointer, "label", "veld '" + id + "'").orElse(id);
            if (Field.builtIn(id)) {
                yaml.error(pointer, "veld '" + id + "' is ingebouwd (de naam van de school uit school.yml); haal het uit velden.yml");
                continue;
            }
            String typeName = yaml.text(f, pointer, "type").orElse("tekst");
            FieldType type = FieldType.parse(typeName).orElse(FieldType.TEKST);
            if (FieldType.parse(typeName).isEmpty()) {
                yaml.error(pointer + "/type", "onbekend type '" + typeName + "' voor veld '" + id + "'; kies uit "
                        + String.join(", ", FieldType.ids()) + Ids.suggestion(typeName, FieldType.ids()));
            }
            Klasse klasse = yaml.klasse(f, pointer, Klasse.INTERN);
            String boardValue = boardValue(yaml, f, pointer, id, type);
            fields.put(id, new Field(id, label, type, klasse, yaml.at(pointer), boardValue));
        }
        return fields;
    }

    /** The value the board sets for every school ({@code waarde}), held to the type's rules; null when absent or invalid. */
    private static String boardValue(YamlReader yaml, JsonNode field, String pointer, String id, FieldType type) {
        String value = yaml.text(field, pointer, "waarde").orElse(null);
        if (value == null) {
            return null;
        }
        var problem = type.problem(value);
        problem.ifPresent(why -> yaml.error(pointer + "/waarde", "waarde '" + value + "' van veld '" + id + "' (" + type.id() + ") " + why));
        return problem.isPresent() ? null : value;
    }
}
