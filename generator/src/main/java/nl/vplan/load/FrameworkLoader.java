package nl.vplan.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.vplan.model.Choice;
import nl.vplan.model.ConditionNames;
import nl.vplan.model.Document;
import nl.vplan.model.DocumentLabels;
import nl.vplan.model.Field;
import nl.vplan.model.Form;
import nl.vplan.model.FieldType;
import nl.vplan.model.Framework;
import nl.vplan.model.Ids;
import nl.vplan.model.Problem;
import nl.vplan.model.Rules;
import nl.vplan.model.SourceRef;
import nl.vplan.model.TaskList;

/** Reads {@code kader.yml} and {@code velden.yml} into a {@link Framework}, reporting every mistake. */
final class FrameworkLoader {

    private static final Set<String> KADER_KEYS = Set.of("bestuur", "documenten", "keuzes", "regels");
    /** In this order, so that a misspelt key has the same suggestion every run ('versei': 'versie', not 'versies'). */
    private static final Set<String> DOCUMENT_KEYS = Collections.unmodifiableSet(new java.util.LinkedHashSet<>(List.of(
            "id", "titel", "nummer", "versie", "vastgesteld", "proceseigenaar", "evaluatie", "onderdelen", "doelgroepen", "nummering",
            "versies", "labels")));

    private final Path root;
    private final List<Problem> problems;

    FrameworkLoader(Path root, List<Problem> problems) {
        this.root = root;
        this.problems = problems;
    }

    Optional<Framework> load() {
        Path kader = root.resolve("kader.yml");
        Path velden = root.resolve("velden.yml");
        if (!Files.isRegularFile(kader)) {
            problems.add(Problem.error(SourceRef.of(kader), "kader.yml ontbreekt in de inhoudsmap " + SourceRef.of(root)));
            return Optional.empty();
        }
        if (!Files.isRegularFile(velden)) {
            problems.add(Problem.error(SourceRef.of(velden), "velden.yml ontbreekt in de inhoudsmap"));
            return Optional.empty();
        }
        // Without the field catalogue every field name would be reported as unknown: stop here.
        Optional<Map<String, Field>> fields = YamlFile.read(root, velden, problems).map(y -> FieldLoader.fields(new YamlReader(y, problems)));
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        return YamlFile.read(root, kader, problems).map(y -> framework(new YamlReader(y, problems), fields.get()));
    }

    private Framework framework(YamlReader yaml, Map<String, Field> fields) {
        JsonNode top = yaml.root();
        if (!yaml.isMapping(top, "", "kader.yml")) {
            return new Framework(root, "", List.of(), fields, Map.of(), Map.of(), Map.of(), Rules.none());
        }
        yaml.onlyKeys(top, "", KADER_KEYS, "kader.yml");
        String bestuur = yaml.requiredText(top, "", "bestuur", "kader.yml").orElse("");
        Map<String, Choice> choices = ChoiceLoader.choices(yaml, top.get("keuzes"));
        List<Document> documents = documents(yaml, top.get("documenten"));
        Map<String, TaskList> tasks = new LinkedHashMap<>();
        TaskLoader taskLoader = new TaskLoader(fields, ConditionNames.of(choices.values(), documents), problems);
        yamlFiles("taken").forEach((id, file) -> taskLoader.load(root, id, file).ifPresent(t -> tasks.put(id, t)));
        Map<String, Form> forms = new LinkedHashMap<>();
        yamlFiles("formulieren").forEach((id, file) -> new FormLoader(fields.keySet(), problems).load(root, id, file).ifPresent(f -> forms.put(id, f)));
        Rules rules = new RulesLoader(yaml, fields, documents.stream().map(Document::id).collect(java.util.stream.Collectors.toSet())).load(top.get("regels"));
        return new Framework(root, bestuur, List.copyOf(documents), Collections.unmodifiableMap(fields), choices,
                Collections.unmodifiableMap(tasks), Collections.unmodifiableMap(forms), rules, HolidayLoader.load(root, problems));
    }

    /** The {@code *.yml} files of a content sub-folder by id (file name without .yml), in name order. */
    private Map<String, Path> yamlFiles(String folder) {
        Map<String, Path> files = new LinkedHashMap<>();
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (java.util.stream.Stream<Path> list = Files.list(dir)) {
            for (Path file : list.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
                String name = file.getFileName().toString();
                String id = name.substring(0, name.length() - ".yml".length());
                if (Ids.SIMPLE.matcher(id).matches()) {
                    files.put(id, file);
                } else {
                    problems.add(Problem.error(SourceRef.of(file), "de bestandsnaam '" + name
                            + "' mag alleen kleine letters, cijfers en streepjes bevatten (het is het id)"));
                }
            }
        } catch (java.io.IOException e) {
            problems.add(Problem.error(SourceRef.of(dir), "kan de map niet lezen: " + e.getMessage()));
        }
        return files;
    }

    private List<Document> documents(YamlReader yaml, JsonNode list) {
        List<Document> documents = new ArrayList<>();
        if (list == null || !list.isArray() || list.isEmpty()) {
            yaml.error("/documenten", "kader.yml moet onder 'documenten' minstens één document noemen");
            return documents;
        }
        Map<String, SourceRef> partIds = new HashMap<>();
        Map<String, SourceRef> docIds = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String pointer = "/documenten/" + i;
            JsonNode node = list.get(i);
            if (!yaml.isMapping(node, pointer, "een document")) {
                continue;
            }
            yaml.onlyKeys(node, pointer, DOCUMENT_KEYS, "een document");
            String id = yaml.requiredText(node, pointer, "id", "een document").orElse("document-" + (i + 1));
            yaml.validId(id, pointer + "/id", "het document-id");
            SourceRef earlier = docIds.putIfAbsent(id, yaml.at(pointer + "/id"));
            if (earlier != null) {
                yaml.error(pointer + "/id", "document '" + id + "' staat al eerder in kader.yml (" + earlier.display() + ")");
            }
            String where = "document '" + id + "'";
            documents.add(new Document(
                    id,
                    yaml.requiredText(node, pointer, "titel", where).orElse(id),
                    yaml.text(node, pointer, "nummer").orElse(""),
                    yaml.text(node, pointer, "versie").orElse(""),
                    date(yaml, node, pointer, "vastgesteld"),
                    yaml.text(node, pointer, "proceseigenaar").orElse(""),
                    date(yaml, node, pointer, "evaluatie"),
                    new PartLoader(root).parts(yaml, node.get("onderdelen"), pointer + "/onderdelen", where, partIds),
                    audiences(yaml, node.get("doelgroepen"), pointer + "/doelgroepen"),
                    numbering(yaml, node, pointer),
                    RevisionLoader.revisions(yaml, node.get("versies"), pointer + "/versies", where),
                    node.hasNonNull("versie") ? yaml.at(pointer + "/versie") : yaml.at(pointer),
                    yaml.at(pointer),
                    labels(yaml, node.get("labels"), pointer + "/labels")));
        }
        return documents;
    }

    /** The audiences of a document: a list of distinct ids, such as {@code [medewerkers, leerlingen, ouders]}. */
    private List<String> audiences(YamlReader yaml, JsonNode list, String pointer) {
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            yaml.error(pointer, "'doelgroepen' moet een lijst zijn, bijvoorbeeld [medewerkers, leerlingen, ouders]");
            return List.of();
        }
        List<String> audiences = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String id = list.get(i).asText("");
            if (!list.get(i).isValueNode() || !yaml.validId(id, pointer + "/" + i, "de doelgroep")) {
                continue;
            }
            if (audiences.contains(id)) {
                yaml.error(pointer + "/" + i, "doelgroep '" + id + "' staat twee keer in de lijst");
            } else {
                audiences.add(id);
            }
        }
        return List.copyOf(audiences);
    }

    /** A document's own words for its calendar, card and search box ({@code labels}); the others stay at their defaults. */
    private static DocumentLabels labels(YamlReader yaml, JsonNode node, String pointer) {
        if (node == null || node.isNull()) {
            return DocumentLabels.DEFAULT;
        }
        if (node.isObject()) {
            yaml.onlyKeys(node, pointer, new java.util.LinkedHashSet<>(DocumentLabels.KEYS), "'labels'");
        }
        Map<String, String> given = new HashMap<>(yaml.textMap(node, pointer, "'labels'"));
        given.keySet().retainAll(DocumentLabels.KEYS);
        given.values().removeIf(String::isBlank);
        return DocumentLabels.of(given);
    }

    /** {@code nummering: standaard | geen}; absent means standaard. */
    private static Document.Nummering numbering(YamlReader yaml, JsonNode node, String pointer) {
        String text = yaml.text(node, pointer, "nummering").orElse(null);
        if (text == null) {
            return Document.Nummering.STANDAARD;
        }
        return Document.Nummering.parse(text).orElseGet(() -> {
            yaml.error(pointer + "/nummering", "'nummering' is 'standaard' (hoofdstukken genummerd) of 'geen', niet '"
                    + text + "'" + Ids.suggestion(text, Document.Nummering.ids()));
            return Document.Nummering.STANDAARD;
        });
    }

    private String date(YamlReader yaml, JsonNode node, String pointer, String key) {
        String value = yaml.text(node, pointer, key).orElse("");
        if (!value.isEmpty() && FieldType.DATUM.problem(value).isPresent()) { // a real day, as a date field's value
            yaml.error(pointer + YamlFile.key(key), "'" + key + "' moet een datum zijn als 2026-09-01, niet '" + value + "'");
            return "";
        }
        return value;
    }
}
