package nl.vplan.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.vplan.model.Field;
import nl.vplan.model.Form;
import nl.vplan.model.Ids;
import nl.vplan.model.Problem;

/** Reads one {@code formulieren/<id>.yml}: a title, an optional introduction and its fields. */
final class FormLoader {

    private static final Set<String> FILE_KEYS = Set.of("titel", "inleiding", "velden");
    private static final Set<String> ITEM_KEYS = Set.of("id", "label", "type", "opties", "veld");
    private static final Set<String> CHOICE_TYPES = Set.of("keuze", "meerkeuze");

    private final List<Problem> problems;
    private final Set<String> fields;

    FormLoader(Set<String> fields, List<Problem> problems) {
        this.fields = fields;
        this.problems = problems;
    }

    Optional<Form> load(Path contentRoot, String id, Path file) {
        return YamlFile.read(contentRoot, file, problems).map(y -> form(id, new YamlReader(y, problems)));
    }

    private Form form(String formId, YamlReader yaml) {
        JsonNode top = yaml.root();
        if (!yaml.isMapping(top, "", "een formulier")) {
            return new Form(formId, formId, "", List.of(), yaml.at(""));
        }
        yaml.onlyKeys(top, "", FILE_KEYS, "een formulier");
        String titel = yaml.requiredText(top, "", "titel", "een formulier").orElse(formId);
        String inleiding = yaml.text(top, "", "inleiding").orElse("");
        JsonNode list = top.get("velden");
        List<Form.Item> items = new ArrayList<>();
        if (list == null || !list.isArray() || list.isEmpty()) {
            yaml.error("/velden", "een formulier heeft een lijst 'velden' nodig");
            return new Form(formId, titel, inleiding, List.of(), yaml.at(""));
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            String pointer = "/velden/" + i;
            JsonNode node = list.get(i);
            if (!yaml.isMapping(node, pointer, "een formulierveld")) {
                continue;
            }
            if (node.has("kop")) {
                yaml.onlyKeys(node, pointer, Set.of("kop"), "een kop");
                items.add(new Form.Item("", "", "", List.of(), "", yaml.text(node, pointer, "kop").orElse(" ")));
                continue;
            }
            yaml.onlyKeys(node, pointer, ITEM_KEYS, "een formulierveld");
            String id = yaml.requiredText(node, pointer, "id", "een formulierveld").orElse("veld-" + (i + 1));
            yaml.validId(id, pointer + "/id", "het veld-id");
            if (!ids.add(id)) {
                yaml.error(pointer + "/id", "veld '" + id + "' staat twee keer in dit formulier");
            }
            String label = yaml.requiredText(node, pointer, "label", "veld '" + id + "'").orElse(id);
            String type = yaml.text(node, pointer, "type").orElse("tekst");
            if (!Form.TYPES.contains(type)) {
                yaml.error(pointer + "/type", "onbekend type '" + type + "'; kies uit " + String.join(", ", Form.TYPES)
                        + Ids.suggestion(type, Form.TYPES));
            }
            List<String> opties = yaml.idList(node.get("opties"), pointer + "/opties", "'opties'");
            if (CHOICE_TYPES.contains(type) && opties.isEmpty()) {
                yaml.error(pointer, "veld '" + id + "' van type " + type + " heeft 'opties' nodig");
            }
            String veld = yaml.text(node, pointer, "veld").orElse("");
            if (veld.equals("school")) {
                veld = Field.SCHOOL_NAME; // how forms named the school before the built-in field existed
            }
            if (!veld.isEmpty() && !Field.builtIn(veld) && !fields.contains(veld)) {
                yaml.error(pointer + "/veld", "onbekend veld '" + veld + "' (niet in velden.yml)" + Ids.suggestion(veld, fields));
            }
            items.add(new Form.Item(id, label, type, opties, veld, ""));
        }
        return new Form(formId, titel, inleiding, List.copyOf(items), yaml.at(""));
    }
}
