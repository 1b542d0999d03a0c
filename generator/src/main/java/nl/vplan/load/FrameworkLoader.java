package nl.vplan.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import nl.vplan.model.Choice;
import nl.vplan.model.Document;
import nl.vplan.model.Field;
import nl.vplan.model.FieldType;
import nl.vplan.model.Form;
import nl.vplan.model.TaskList;
import nl.vplan.model.Ids;
import nl.vplan.model.Framework;
import nl.vplan.model.Klasse;
import nl.vplan.model.Part;
import nl.vplan.model.PartKind;
import nl.vplan.model.Problem;
import nl.vplan.model.Rules;
import nl.vplan.model.SourceRef;

/** Reads {@code kader.yml} and {@code velden.yml} into a {@link Framework}, reporting every mistake. */
final class FrameworkLoader {

    private static final Set<String> KADER_KEYS = Set.of("bestuur", "documenten", "keuzes", "regels");
    private static final Set<String> DOCUMENT_KEYS = Set.of(
            "id", "titel", "nummer", "versie", "vastgesteld", "proceseigenaar", "evaluatie", "onderdelen", "doelgroepen", "nummering");
    private static final Set<String> FILE_PART_KEYS = Set.of("bestand", "optioneel", "genummerd", "soort", "klasse");
    private static final Set<String> SLOT_KEYS = Set.of("school", "titel", "soort", "klasse");
    private static final Set<String> CHOICE_KEYS = Set.of("vraag", "opties", "standaard");
    private static final Set<String> FIELD_KEYS = Set.of("label", "type", "klasse");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

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
            missing(velden);
            return Optional.empty();
        }
        // Without the field catalogue every field name would be reported as unknown: stop here.
        Optional<Map<String, Field>> fields = YamlFile.read(velden, problems).map(y -> fields(new YamlReader(y, problems)));
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        return YamlFile.read(kader, problems).map(y -> framework(new YamlReader(y, problems), fields.get()));
    }

    private Map<String, Field> missing(Path velden) {
        problems.add(Problem.error(SourceRef.of(velden), "velden.yml ontbreekt in de inhoudsmap"));
        return Map.of();
    }

    private Framework framework(YamlReader yaml, Map<String, Field> fields) {
        JsonNode top = yaml.root();
        if (!yaml.isMapping(top, "", "kader.yml")) {
            return new Framework(root, "", List.of(), fields, Map.of(), Map.of(), Map.of(), Rules.none());
        }
        yaml.onlyKeys(top, "", KADER_KEYS, "kader.yml");
        String bestuur = yaml.requiredText(top, "", "bestuur", "kader.yml").orElse("");
        Map<String, Choice> choices = choices(yaml, top.get("keuzes"));
        List<Document> documents = documents(yaml, top.get("documenten"));
        Map<String, TaskList> tasks = new LinkedHashMap<>();
        yamlFiles("taken").forEach((id, file) -> new TaskLoader(fields, problems).load(id, file).ifPresent(t -> tasks.put(id, t)));
        Map<String, Form> forms = new LinkedHashMap<>();
        yamlFiles("formulieren").forEach((id, file) -> new FormLoader(fields.keySet(), problems).load(id, file).ifPresent(f -> forms.put(id, f)));
        Rules rules = new RulesLoader(yaml, fields).load(top.get("regels"));
        return new Framework(root, bestuur, List.copyOf(documents), Map.copyOf(fields), choices,
                Collections.unmodifiableMap(tasks), Collections.unmodifiableMap(forms), rules);
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
                    parts(yaml, node.get("onderdelen"), pointer + "/onderdelen", where, partIds),
                    audiences(yaml, node.get("doelgroepen"), pointer + "/doelgroepen"),
                    numbering(yaml, node, pointer),
                    yaml.at(pointer)));
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
        if (!value.isEmpty() && !DATE.matcher(value).matches()) {
            yaml.error(pointer + YamlFile.key(key), "'" + key + "' moet een datum zijn als 2026-09-01, niet '" + value + "'");
            return "";
        }
        return value;
    }

    private List<Part> parts(YamlReader yaml, JsonNode list, String pointer, String where, Map<String, SourceRef> ids) {
        List<Part> parts = new ArrayList<>();
        if (list == null || !list.isArray() || list.isEmpty()) {
            yaml.error(pointer, where + " heeft geen 'onderdelen'");
            return parts;
        }
        for (int i = 0; i < list.size(); i++) {
            String itemPointer = pointer + "/" + i;
            part(yaml, list.get(i), itemPointer).ifPresent(part -> {
                SourceRef earlier = ids.putIfAbsent(part.id(), part.where());
                if (earlier != null) {
                    yaml.error(itemPointer, "onderdeel '" + part.id() + "' komt twee keer voor (ook op " + earlier.display() + ")");
                } else {
                    parts.add(part);
                }
            });
        }
        return List.copyOf(parts);
    }

    private Optional<Part> part(YamlReader yaml, JsonNode node, String pointer) {
        if (node.isValueNode()) {
            return filePart(yaml, node.asText().strip(), false, true, null, Klasse.OPENBAAR, pointer);
        }
        if (!yaml.isMapping(node, pointer, "een onderdeel")) {
            return Optional.empty();
        }
        if (node.has("school")) {
            yaml.onlyKeys(node, pointer, SLOT_KEYS, "een schoolonderdeel");
            String id = yaml.requiredText(node, pointer, "school", "een schoolonderdeel").orElse("");
            if (id.isEmpty() || !yaml.validId(id, pointer + "/school", "de naam van het schoolonderdeel")) {
                return Optional.empty();
            }
            String titel = yaml.requiredText(node, pointer, "titel", "schoolonderdeel '" + id + "'").orElse(id);
            PartKind kind = kind(yaml, node, pointer).orElse(PartKind.BIJLAGE);
            return Optional.of(new Part.SlotPart(id, titel, kind, klasse(yaml, node, pointer, Klasse.OPENBAAR), yaml.at(pointer)));
        }
        if (node.has("bestand")) {
            yaml.onlyKeys(node, pointer, FILE_PART_KEYS, "een onderdeel");
            String file = yaml.requiredText(node, pointer, "bestand", "een onderdeel").orElse("");
            return filePart(yaml, file, yaml.flag(node, pointer, "optioneel", false),
                    yaml.flag(node, pointer, "genummerd", true), kind(yaml, node, pointer).orElse(null),
                    klasse(yaml, node, pointer, Klasse.OPENBAAR), pointer + "/bestand");
        }
        yaml.error(pointer, "een onderdeel heeft 'bestand' (een tekst van het bestuur) of 'school' (een schoolonderdeel) nodig");
        return Optional.empty();
    }

    private static Klasse klasse(YamlReader yaml, JsonNode node, String pointer, Klasse fallback) {
        String text = yaml.text(node, pointer, "klasse").orElse(null);
        if (text == null) {
            return fallback;
        }
        return Klasse.parse(text).orElseGet(() -> {
            yaml.error(pointer + "/klasse", "onbekende klasse '" + text + "'; kies uit openbaar, intern, vertrouwelijk"
                    + Ids.suggestion(text, java.util.List.of("openbaar", "intern", "vertrouwelijk")));
            return fallback;
        });
    }

    private Optional<PartKind> kind(YamlReader yaml, JsonNode node, String pointer) {
        Optional<String> soort = yaml.text(node, pointer, "soort");
        if (soort.isEmpty()) {
            return Optional.empty();
        }
        return switch (soort.get()) {
            case "hoofdstuk" -> Optional.of(PartKind.HOOFDSTUK);
            case "bijlage" -> Optional.of(PartKind.BIJLAGE);
            default -> {
                yaml.error(pointer + "/soort", "'soort' is 'hoofdstuk' of 'bijlage', niet '" + soort.get() + "'");
                yield Optional.empty();
            }
        };
    }

    private Optional<Part> filePart(YamlReader yaml, String file, boolean optional, boolean numbered,
                                    PartKind kind, Klasse klasse, String pointer) {
        if (file.isEmpty()) {
            return Optional.empty();
        }
        if (!file.endsWith(".adoc")) {
            yaml.error(pointer, "onderdeel '" + file + "' moet een AsciiDoc-bestand zijn (.adoc)");
            return Optional.empty();
        }
        Path path = ContentPaths.inside(root, file).orElse(null);
        if (path == null) {
            yaml.error(pointer, "onderdeel '" + file + "' ligt buiten de inhoudsmap; alleen bestanden in " + SourceRef.of(root) + " zijn toegestaan");
            return Optional.empty();
        }
        if (!Files.isRegularFile(path)) {
            yaml.error(pointer, "bestand '" + file + "' bestaat niet (gezocht in " + SourceRef.of(root) + ")");
            return Optional.empty();
        }
        String name = path.getFileName().toString();
        String id = name.substring(0, name.length() - ".adoc".length());
        if (!yaml.validId(id, pointer, "de bestandsnaam (het id van het onderdeel)")) {
            return Optional.empty();
        }
        PartKind actualKind = kind != null ? kind
                : file.startsWith("bijlagen/") ? PartKind.BIJLAGE : PartKind.HOOFDSTUK;
        return Optional.of(new Part.FilePart(id, path, optional, numbered, actualKind, klasse, yaml.at(pointer)));
    }

    private Map<String, Choice> choices(YamlReader yaml, JsonNode node) {
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

    private Map<String, Field> fields(YamlReader yaml) {
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
            Klasse klasse = klasse(yaml, f, pointer, Klasse.INTERN);
            fields.put(id, new Field(id, label, type, klasse, yaml.at(pointer)));
        }
        return fields;
    }
}
