package nl.vplan.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.vplan.model.Ids;
import nl.vplan.model.Klasse;
import nl.vplan.model.Problem;
import nl.vplan.model.SourceRef;

/**
 * Typed reads from one {@link YamlFile} that add a Dutch problem, with the line, for every value
 * that is missing or of the wrong shape, and keep going so one run reports every mistake.
 */
final class YamlReader {

    private final YamlFile yaml;
    private final List<Problem> problems;

    YamlReader(YamlFile yaml, List<Problem> problems) {
        this.yaml = yaml;
        this.problems = problems;
    }

    JsonNode root() {
        return yaml.root();
    }

    SourceRef at(String pointer) {
        return yaml.at(pointer);
    }

    void error(String pointer, String message) {
        problems.add(Problem.error(yaml.at(pointer), message));
    }

    /** True when {@code node} is a mapping; otherwise reports that {@code what} should be one. */
    boolean isMapping(JsonNode node, String pointer, String what) {
        if (node != null && node.isObject()) {
            return true;
        }
        error(pointer, what + " moet een lijst van sleutels met waarden zijn (sleutel: waarde)");
        return false;
    }

    /** Reports every key of {@code node} that is not in {@code allowed}, with a suggestion. */
    void onlyKeys(JsonNode node, String pointer, Set<String> allowed, String where) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!allowed.contains(key)) {
                error(pointer + YamlFile.key(key), "onbekende sleutel '" + key + "' in " + where
                        + Ids.suggestion(key, allowed));
            }
        }
    }

    /** A scalar as text; empty when absent. Reports a list or mapping where text belongs. */
    Optional<String> text(JsonNode parent, String pointer, String key) {
        JsonNode value = parent.get(key);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isValueNode()) {
            error(pointer + YamlFile.key(key), "'" + key + "' moet een enkele waarde zijn, geen lijst of blok");
            return Optional.empty();
        }
        String text = value.asText().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** A required scalar; reports when it is missing. */
    Optional<String> requiredText(JsonNode parent, String pointer, String key, String where) {
        Optional<String> text = text(parent, pointer, key);
        if (text.isEmpty() && (parent.get(key) == null || parent.get(key).isNull()
                || parent.get(key).isValueNode())) {
            error(pointer, "'" + key + "' ontbreekt in " + where);
        }
        return text;
    }

    /** A yes/no value; {@code fallback} when absent. */
    boolean flag(JsonNode parent, String pointer, String key, boolean fallback) {
        JsonNode value = parent.get(key);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            error(pointer + YamlFile.key(key), "'" + key + "' moet true of false zijn");
            return fallback;
        }
        return value.booleanValue();
    }

    /** An id that must match {@link Ids#SIMPLE}; reports otherwise. */
    boolean validId(String id, String pointer, String what) {
        if (Ids.SIMPLE.matcher(id).matches()) {
            return true;
        }
        error(pointer, what + " '" + id + "' mag alleen kleine letters, cijfers en streepjes bevatten");
        return false;
    }

    /** A mapping of text to text, in file order (used for options and school values). */
    Map<String, String> textMap(JsonNode node, String pointer, String what) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!isMapping(node, pointer, what)) {
            return out;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode value = e.getValue();
            if (value == null || value.isNull()) {
                out.put(e.getKey(), "");
            } else if (value.isValueNode()) {
                out.put(e.getKey(), value.asText().strip());
            } else {
                error(pointer + YamlFile.key(e.getKey()), "de waarde van '" + e.getKey() + "' moet tekst zijn");
            }
        }
        return out;
    }

    /** A list of ids, also accepting a single id. */
    List<String> idList(JsonNode node, String pointer, String what) {
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (node.isValueNode()) {
            return List.of(node.asText().strip());
        }
        if (!node.isArray()) {
            error(pointer, what + " moet een lijst zijn, bijvoorbeeld [a, b]");
            return List.of();
        }
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode item = node.get(i);
            if (item.isValueNode()) {
                out.add(item.asText().strip());
            } else {
                error(pointer + "/" + i, what + " bevat iets anders dan een naam");
            }
        }
        return out;
    }

    /** The {@code klasse} of {@code node}, {@code fallback} when it has none; an unknown class is reported. */
    Klasse klasse(JsonNode node, String pointer, Klasse fallback) {
        String text = text(node, pointer, "klasse").orElse(null);
        if (text == null) {
            return fallback;
        }
        return Klasse.parse(text).orElseGet(() -> {
            error(pointer + "/klasse", "onbekende klasse '" + text + "'; kies uit openbaar, intern, vertrouwelijk"
                    + Ids.suggestion(text, java.util.List.of("openbaar", "intern", "vertrouwelijk")));
            return fallback;
        });
    }
}
