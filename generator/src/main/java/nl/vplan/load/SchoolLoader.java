package nl.vplan.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.vplan.model.Choice;
import nl.vplan.model.Document;
import nl.vplan.model.Field;
import nl.vplan.model.Framework;
import nl.vplan.model.Ids;
import nl.vplan.model.Part;
import nl.vplan.model.Problem;
import nl.vplan.model.School;
import nl.vplan.model.SourceRef;

/**
 * Reads one {@code scholen/<id>/school.yml} and checks every name in it against the framework
 * (fields, optional parts, choices and their options, slots), with the line of each mistake.
 */
final class SchoolLoader {

    private static final Set<String> SCHOOL_KEYS = Set.of("naam", "logo", "velden", "onderdelen", "keuzes", "bijlagen");
    private static final Set<String> PARTS_KEYS = Set.of("uit", "aan");

    private final Framework framework;
    private final List<Problem> problems;

    SchoolLoader(Framework framework, List<Problem> problems) {
        this.framework = framework;
        this.problems = problems;
    }

    Optional<School> load(Path dir) {
        String id = dir.getFileName().toString();
        Path file = dir.resolve("school.yml");
        if (!Ids.SIMPLE.matcher(id).matches()) {
            problems.add(Problem.error(SourceRef.of(dir), "de schoolmap '" + id
                    + "' mag alleen kleine letters, cijfers en streepjes bevatten (het is het id van de school)"));
            return Optional.empty();
        }
        return YamlFile.read(file, problems).flatMap(y -> school(id, dir, new YamlReader(y, problems)));
    }

    private Optional<School> school(String id, Path dir, YamlReader yaml) {
        JsonNode top = yaml.root();
        if (!yaml.isMapping(top, "", "school.yml")) {
            return Optional.empty();
        }
        yaml.onlyKeys(top, "", SCHOOL_KEYS, "school.yml");
        String naam = yaml.requiredText(top, "", "naam", "school.yml").orElse(id);
        Map<String, String> values = values(yaml, top.get("velden"));
        Set<String> off = optionalParts(yaml, top.get("onderdelen"), "uit");
        Set<String> on = optionalParts(yaml, top.get("onderdelen"), "aan");
        Map<String, String> choices = choices(yaml, top.get("keuzes"));
        Map<String, String> attachments = attachments(yaml, dir, top.get("bijlagen"));
        String logo = logo(yaml, dir, top.get("logo"));
        Map<String, SourceRef> places = new java.util.HashMap<>();
        values.keySet().forEach(field -> places.put(field, yaml.at("/velden" + YamlFile.key(field))));
        return Optional.of(new School(id, naam, values, off, on, choices, attachments, logo, dir, yaml.at(""), Map.copyOf(places)));
    }

    private Map<String, String> values(YamlReader yaml, JsonNode node) {
        Map<String, String> values = yaml.textMap(node, "/velden", "'velden'");
        for (var entry : Map.copyOf(values).entrySet()) {
            String field = entry.getKey();
            Field known = framework.fields().get(field);
            if (known == null) {
                yaml.error("/velden" + YamlFile.key(field), "onbekend veld '" + field + "' (niet in velden.yml)"
                        + Ids.suggestion(field, framework.fields().keySet()));
                values.remove(field);
            } else if (!entry.getValue().isBlank()) {
                known.type().problem(entry.getValue()).ifPresent(why -> {
                    yaml.error("/velden" + YamlFile.key(field), "waarde '" + entry.getValue() + "' van veld '" + field
                            + "' (" + known.type().id() + ") " + why);
                    values.remove(field);
                });
            }
        }
        values.values().removeIf(String::isEmpty);
        return Map.copyOf(values);
    }

    private Set<String> optionalParts(YamlReader yaml, JsonNode node, String key) {
        if (node == null || node.isNull() || !yaml.isMapping(node, "/onderdelen", "'onderdelen'")) {
            return Set.of();
        }
        if (key.equals("uit")) {
            yaml.onlyKeys(node, "/onderdelen", PARTS_KEYS, "'onderdelen'");
        }
        Map<String, Part> parts = framework.documents().stream()
                .flatMap(d -> d.parts().stream())
                .collect(Collectors.toMap(Part::id, p -> p, (a, b) -> a, LinkedHashMap::new));
        Set<String> optional = parts.values().stream()
                .filter(p -> p instanceof Part.FilePart f && f.optional())
                .map(Part::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        String pointer = "/onderdelen/" + key;
        List<String> ids = yaml.idList(node.get(key), pointer, "'" + key + "'");
        Set<String> result = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String part = ids.get(i);
            String at = node.get(key).isArray() ? pointer + "/" + i : pointer;
            if (!parts.containsKey(part)) {
                yaml.error(at, "onbekend onderdeel '" + part + "': het kader heeft geen onderdeel met dit id"
                        + Ids.suggestion(part, parts.keySet()));
            } else if (!optional.contains(part)) {
                yaml.error(at, "onderdeel '" + part + "' is niet optioneel en kan niet worden "
                        + (key.equals("uit") ? "uitgezet" : "aangezet") + "; optioneel zijn: "
                        + (optional.isEmpty() ? "(geen)" : String.join(", ", optional)));
            } else {
                result.add(part);
            }
        }
        return Set.copyOf(result);
    }

    private Map<String, String> choices(YamlReader yaml, JsonNode node) {
        Map<String, String> answers = yaml.textMap(node, "/keuzes", "'keuzes'");
        Map<String, String> valid = new LinkedHashMap<>();
        answers.forEach((choiceId, option) -> {
            String pointer = "/keuzes" + YamlFile.key(choiceId);
            Choice choice = framework.choices().get(choiceId);
            if (choice == null) {
                yaml.error(pointer, "onbekende keuze '" + choiceId + "': het kader heeft deze keuze niet"
                        + Ids.suggestion(choiceId, framework.choices().keySet()));
            } else if (!choice.opties().containsKey(option)) {
                yaml.error(pointer, "onbekende optie '" + option + "' voor keuze '" + choiceId + "'; kies uit "
                        + String.join(", ", choice.opties().keySet()) + Ids.suggestion(option, choice.opties().keySet()));
            } else {
                valid.put(choiceId, option);
            }
        });
        return Map.copyOf(valid);
    }

    /** The logo named in school.yml, checked: inside the school folder, PNG or JPEG, present. */
    private static String logo(YamlReader yaml, Path dir, JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual() || node.asText().isBlank()) {
            yaml.error("/logo", "'logo' moet de naam van een afbeelding in de map van de school zijn, bijvoorbeeld logo.png");
            return null;
        }
        String file = node.asText();
        Optional<Path> path = ContentPaths.inside(dir, file);
        String lower = file.toLowerCase(java.util.Locale.ROOT);
        if (path.isEmpty()) {
            yaml.error("/logo", "logo '" + file + "' ligt buiten de map van de school");
        } else if (!(lower.endsWith(".png") || lower.endsWith(".jpg") || lower.endsWith(".jpeg"))) {
            yaml.error("/logo", "logo '" + file + "' moet een PNG- of JPEG-bestand zijn");
        } else if (!Files.isRegularFile(path.get())) {
            yaml.error("/logo", "logo '" + file + "' bestaat niet (gezocht in " + SourceRef.of(dir) + ")");
        } else {
            return file;
        }
        return null;
    }

    private static boolean startsLikeAPdf(Path file) {
        try (var in = Files.newInputStream(file)) {
            return new String(in.readNBytes(5), java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-");
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private Map<String, String> attachments(YamlReader yaml, Path dir, JsonNode node) {
        Map<String, String> named = yaml.textMap(node, "/bijlagen", "'bijlagen'");
        Set<String> slots = framework.documents().stream()
                .map(Document::parts).flatMap(List::stream)
                .filter(p -> p instanceof Part.SlotPart)
                .map(Part::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Map<String, String> valid = new LinkedHashMap<>();
        named.forEach((slot, file) -> {
            String pointer = "/bijlagen" + YamlFile.key(slot);
            Optional<Path> path = ContentPaths.inside(dir, file);
            if (!slots.contains(slot)) {
                yaml.error(pointer, "onbekend schoolonderdeel '" + slot + "'; het kader heeft: "
                        + (slots.isEmpty() ? "(geen)" : String.join(", ", slots)) + Ids.suggestion(slot, slots));
            } else if (path.isEmpty()) {
                yaml.error(pointer, "bijlage '" + file + "' ligt buiten de map van de school");
            } else if (!file.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
                yaml.error(pointer, "bijlage '" + file + "' moet een PDF-bestand zijn");
            } else if (!Files.isRegularFile(path.get())) {
                yaml.error(pointer, "bijlage '" + file + "' bestaat niet (gezocht in " + SourceRef.of(dir) + ")");
            } else if (!startsLikeAPdf(path.get())) {
                yaml.error(pointer, "bijlage '" + file + "' is geen PDF-bestand (het begint niet met %PDF-); sla het opnieuw op als PDF");
            } else {
                valid.put(slot, file);
            }
        });
        return Map.copyOf(valid);
    }
}
