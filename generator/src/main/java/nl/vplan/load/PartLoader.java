package nl.vplan.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.vplan.model.Klasse;
import nl.vplan.model.Part;
import nl.vplan.model.PartKind;
import nl.vplan.model.SourceRef;

/** Reads a document's {@code onderdelen} in kader.yml: texts of the board (files inside the content folder) and school slots. */
final class PartLoader {

    private static final Set<String> FILE_PART_KEYS = Set.of("bestand", "optioneel", "genummerd", "soort", "klasse");
    private static final Set<String> SLOT_KEYS = Set.of("school", "titel", "soort", "klasse");

    private final Path root;

    PartLoader(Path root) {
        this.root = root;
    }

    List<Part> parts(YamlReader yaml, JsonNode list, String pointer, String where, Map<String, SourceRef> ids) {
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
            return Optional.of(new Part.SlotPart(id, titel, kind, yaml.klasse(node, pointer, Klasse.OPENBAAR), yaml.at(pointer)));
        }
        if (node.has("bestand")) {
            yaml.onlyKeys(node, pointer, FILE_PART_KEYS, "een onderdeel");
            String file = yaml.requiredText(node, pointer, "bestand", "een onderdeel").orElse("");
            return filePart(yaml, file, yaml.flag(node, pointer, "optioneel", false),
                    yaml.flag(node, pointer, "genummerd", true), kind(yaml, node, pointer).orElse(null),
                    yaml.klasse(node, pointer, Klasse.OPENBAAR), pointer + "/bestand");
        }
        yaml.error(pointer, "een onderdeel heeft 'bestand' (een tekst van het bestuur) of 'school' (een schoolonderdeel) nodig");
        return Optional.empty();
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
}
