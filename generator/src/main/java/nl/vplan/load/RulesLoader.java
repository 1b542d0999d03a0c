package nl.vplan.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.vplan.model.Field;
import nl.vplan.model.Ids;
import nl.vplan.model.Rules;

/**
 * Reads {@code regels} from kader.yml: the BHV norm ({@code bhv}: the fields for the number appointed
 * and the number present, and the thresholds), the required roles ({@code verplicht}) and the maximum
 * age of dates ({@code termijnen}, in months) and the fields recording the MR's consent to a document
 * ({@code instemming}). Every field named must exist in velden.yml with a fitting type.
 */
final class RulesLoader {

    private static final Set<String> KEYS = Set.of("bhv", "verplicht", "termijnen", "instemming");
    private static final Set<String> CONSENT_KEYS = Set.of("document", "datum", "versie");
    private static final Set<String> BHV_KEYS = Set.of("aangesteld", "aanwezigen", "minimum");
    private static final Set<String> THRESHOLD_KEYS = Set.of("vanaf", "bhv");

    private final YamlReader yaml;
    private final Map<String, Field> fields;
    private final Set<String> documents;

    RulesLoader(YamlReader yaml, Map<String, Field> fields, Set<String> documents) {
        this.yaml = yaml;
        this.fields = fields;
        this.documents = documents;
    }

    Rules load(JsonNode node) {
        if (node == null || node.isNull() || !yaml.isMapping(node, "/regels", "'regels'")) {
            return Rules.none();
        }
        yaml.onlyKeys(node, "/regels", KEYS, "'regels'");
        return new Rules(bhv(node.get("bhv")), required(node.get("verplicht")), maxAges(node.get("termijnen")),
                consent(node.get("instemming")));
    }

    private Optional<Rules.Consent> consent(JsonNode node) {
        String pointer = "/regels/instemming";
        if (node == null || node.isNull() || !yaml.isMapping(node, pointer, "'instemming'")) {
            return Optional.empty();
        }
        String where = "'regels.instemming'";
        yaml.onlyKeys(node, pointer, CONSENT_KEYS, where);
        Optional<String> document = yaml.requiredText(node, pointer, "document", where).filter(d -> document(d, pointer + "/document"));
        Optional<String> date = yaml.requiredText(node, pointer, "datum", where).filter(f -> field(f, pointer + "/datum", "datum"));
        Optional<String> version = yaml.requiredText(node, pointer, "versie", where).filter(f -> field(f, pointer + "/versie", null));
        if (document.isEmpty() || date.isEmpty() || version.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Rules.Consent(document.get(), date.get(), version.get(), yaml.at(pointer)));
    }

    private boolean document(String id, String pointer) {
        if (!documents.contains(id)) {
            yaml.error(pointer, "onbekend document '" + id + "' in 'regels' (niet onder 'documenten')" + Ids.suggestion(id, documents));
            return false;
        }
        return true;
    }

    private Optional<Rules.BhvNorm> bhv(JsonNode node) {
        String pointer = "/regels/bhv";
        if (node == null || node.isNull() || !yaml.isMapping(node, pointer, "'bhv'")) {
            return Optional.empty();
        }
        yaml.onlyKeys(node, pointer, BHV_KEYS, "'regels.bhv'");
        Optional<String> appointed = yaml.requiredText(node, pointer, "aangesteld", "'regels.bhv'")
                .filter(f -> field(f, pointer + "/aangesteld", "getal"));
        Optional<String> present = yaml.requiredText(node, pointer, "aanwezigen", "'regels.bhv'")
                .filter(f -> field(f, pointer + "/aanwezigen", "getal"));
        List<Rules.Threshold> thresholds = thresholds(node.get("minimum"), pointer + "/minimum");
        if (appointed.isEmpty() || present.isEmpty() || thresholds.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Rules.BhvNorm(appointed.get(), present.get(), thresholds, yaml.at(pointer)));
    }

    private List<Rules.Threshold> thresholds(JsonNode list, String pointer) {
        List<Rules.Threshold> thresholds = new ArrayList<>();
        if (list == null || !list.isArray() || list.isEmpty()) {
            yaml.error(pointer, "'minimum' moet een lijst zijn van drempels, bijvoorbeeld - {vanaf: 1, bhv: 2}");
            return thresholds;
        }
        for (int i = 0; i < list.size(); i++) {
            String at = pointer + "/" + i;
            JsonNode item = list.get(i);
            if (!yaml.isMapping(item, at, "een drempel")) {
                continue;
            }
            yaml.onlyKeys(item, at, THRESHOLD_KEYS, "een drempel");
            JsonNode from = item.get("vanaf");
            JsonNode minimum = item.get("bhv");
            if (from == null || !from.canConvertToInt() || !from.isIntegralNumber() || minimum == null || !minimum.isIntegralNumber()) {
                yaml.error(at, "een drempel heeft 'vanaf' (aantal aanwezigen) en 'bhv' (minimum aantal BHV'ers) nodig, beide een heel getal");
                continue;
            }
            if (!thresholds.isEmpty() && thresholds.get(thresholds.size() - 1).from() >= from.asInt()) {
                yaml.error(at, "de drempels moeten oplopen: 'vanaf' " + from.asInt() + " komt na 'vanaf' "
                        + thresholds.get(thresholds.size() - 1).from());
                continue;
            }
            thresholds.add(new Rules.Threshold(from.asInt(), minimum.asInt()));
        }
        return thresholds;
    }

    private List<Rules.Required> required(JsonNode list) {
        List<Rules.Required> required = new ArrayList<>();
        if (list == null || list.isNull()) {
            return required;
        }
        if (!list.isArray()) {
            yaml.error("/regels/verplicht", "'verplicht' moet een lijst van velden zijn, bijvoorbeeld [pesten.naam, vertrouwenspersoon.naam]");
            return required;
        }
        for (int i = 0; i < list.size(); i++) {
            String at = "/regels/verplicht/" + i;
            String field = list.get(i).asText();
            if (field(field, at, null)) {
                required.add(new Rules.Required(field, yaml.at(at)));
            }
        }
        return required;
    }

    private List<Rules.MaxAge> maxAges(JsonNode node) {
        List<Rules.MaxAge> ages = new ArrayList<>();
        if (node == null || node.isNull() || !yaml.isMapping(node, "/regels/termijnen", "'termijnen'")) {
            return ages;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String at = "/regels/termijnen" + YamlFile.key(e.getKey());
            if (!e.getValue().isIntegralNumber() || e.getValue().asInt() <= 0) {
                yaml.error(at, "de termijn van '" + e.getKey() + "' moet een heel aantal maanden zijn, bijvoorbeeld 12");
            } else if (field(e.getKey(), at, "datum")) {
                ages.add(new Rules.MaxAge(e.getKey(), e.getValue().asInt(), yaml.at(at)));
            }
        }
        return ages;
    }

    /** True when {@code id} is a field of velden.yml of {@code type} (any type when null); reports otherwise. */
    private boolean field(String id, String pointer, String type) {
        Field field = fields.get(id);
        if (field == null) {
            yaml.error(pointer, "onbekend veld '" + id + "' in 'regels' (niet in velden.yml)" + Ids.suggestion(id, fields.keySet()));
            return false;
        }
        if (field.boardSet()) {
            yaml.error(pointer, "veld '" + id + "' wordt door het bestuur vastgesteld (waarde in velden.yml); een regel per school kan er niet over gaan");
            return false;
        }
        if (type != null && !field.type().id().equals(type)) {
            yaml.error(pointer, "veld '" + id + "' heeft type " + field.type().id() + "; deze regel vraagt een veld van type " + type);
            return false;
        }
        return true;
    }
}
