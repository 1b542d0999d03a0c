package nl.vplan.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.vplan.model.FieldType;
import nl.vplan.model.Revision;

/**
 * Reads a document's {@code versies} in kader.yml: a list, newest first, of
 * {@code {versie, datum, wijzigingen}}. Whether the list fits the document's {@code versie} is
 * {@code check}'s business ({@code check/RevisionRules}).
 */
final class RevisionLoader {

    private static final Set<String> KEYS = Set.of("versie", "datum", "wijzigingen");

    private RevisionLoader() {
    }

    static List<Revision> revisions(YamlReader yaml, JsonNode list, String pointer, String document) {
        if (list == null || list.isNull()) {
            return List.of();
        }
        if (!list.isArray()) {
            yaml.error(pointer, "'versies' moet een lijst zijn, de nieuwste eerst: - {versie: \"1.1\", datum: 2026-09-01, wijzigingen: …}");
            return List.of();
        }
        List<Revision> revisions = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String at = pointer + "/" + i;
            JsonNode node = list.get(i);
            String where = "regel " + (i + 1) + " van 'versies' van " + document;
            if (!yaml.isMapping(node, at, where)) {
                continue;
            }
            yaml.onlyKeys(node, at, KEYS, where);
            String versie = yaml.requiredText(node, at, "versie", where).orElse("");
            String datum = yaml.requiredText(node, at, "datum", where).map(d -> date(yaml, at, d)).orElse("");
            String wijzigingen = yaml.text(node, at, "wijzigingen").orElse("");
            revisions.add(new Revision(versie, datum, wijzigingen, yaml.at(at)));
        }
        return List.copyOf(revisions);
    }

    /** The date when it is a real one written as 2026-09-01; otherwise reported, and "". */
    private static String date(YamlReader yaml, String pointer, String text) {
        if (FieldType.DATUM.problem(text).isEmpty()) {
            return text;
        }
        yaml.error(pointer + "/datum", "'datum' moet een datum zijn als 2026-09-01, niet '" + text + "'");
        return "";
    }
}
