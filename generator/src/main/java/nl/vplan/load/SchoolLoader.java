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
import nl.vplan.model.Framework;
import nl.vplan.model.Ids;
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

    private final SchoolRules rules;
    private final Path contentRoot;
    private final List<Problem> problems;

    SchoolLoader(Framework framework, List<Problem> problems) {
        this.rules = new SchoolRules(framework);
        this.contentRoot = framework.contentRoot();
        this.problems = problems;
    }

    Optional<School> load(Path dir) {
        return load(dir, YamlFile.read(contentRoot, dir.resolve("school.yml"), problems));
    }

    /** The school in {@code dir} as {@code text} would make it, for a school.yml not yet written. */
    Optional<School> load(Path dir, String text) {
        return load(dir, YamlFile.parse(dir.resolve("school.yml"), text, problems));
    }

    private Optional<School> load(Path dir, Optional<YamlFile> file) {
        String id = dir.getFileName().toString();
        if (!Ids.SIMPLE.matcher(id).matches()) {
            problems.add(Problem.error(SourceRef.of(dir), "de schoolmap '" + id
                    + "' mag alleen kleine letters, cijfers en streepjes bevatten (het is het id van de school)"));
            return Optional.empty();
        }
        return file.flatMap(y -> school(id, dir, new YamlReader(y, problems)));
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
            rules.value(entry.getKey(), entry.getValue()).ifPresent(why -> {
                yaml.error("/velden" + YamlFile.key(entry.getKey()), why);
                values.remove(entry.getKey());
            });
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
        String pointer = "/onderdelen/" + key;
        List<String> ids = yaml.idList(node.get(key), pointer, "'" + key + "'");
        Set<String> result = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String part = ids.get(i);
            String at = node.get(key).isArray() ? pointer + "/" + i : pointer;
            rules.optionalPart(part, key.equals("uit")).ifPresentOrElse(why -> yaml.error(at, why), () -> result.add(part));
        }
        return Set.copyOf(result);
    }

    private Map<String, String> choices(YamlReader yaml, JsonNode node) {
        Map<String, String> valid = new LinkedHashMap<>();
        yaml.textMap(node, "/keuzes", "'keuzes'").forEach((choiceId, option) -> rules.choice(choiceId, option).ifPresentOrElse(
                why -> yaml.error("/keuzes" + YamlFile.key(choiceId), why), () -> valid.put(choiceId, option)));
        return Map.copyOf(valid);
    }

    /** The logo named in school.yml, checked: inside the school folder, present, readable, a PNG or JPEG image. */
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
        } else if (!Files.exists(path.get())) {
            yaml.error("/logo", "logo '" + file + "' bestaat niet (gezocht in " + SourceRef.of(dir) + ")");
        } else {
            Optional<String> problem = LogoFile.problem(path.get(), file);
            problem.ifPresent(why -> yaml.error("/logo", why));
            return problem.isEmpty() ? file : null;
        }
        return null;
    }

    private Map<String, String> attachments(YamlReader yaml, Path dir, JsonNode node) {
        Map<String, String> named = yaml.textMap(node, "/bijlagen", "'bijlagen'");
        Set<String> slots = rules.slots();
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
            } else if (!Files.exists(path.get())) {
                yaml.error(pointer, "bijlage '" + file + "' bestaat niet (gezocht in " + SourceRef.of(dir) + ")");
            } else {
                AttachedPdf.problem(path.get(), file).ifPresentOrElse(why -> yaml.error(pointer, why), () -> valid.put(slot, file));
            }
        });
        return Map.copyOf(valid);
    }
}
