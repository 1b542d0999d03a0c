package nl.vplan.model;

import java.util.Map;

/**
 * A board-defined choice from {@code kader.yml}: a question, its options (id to label, in order)
 * and the default. The option a school picks becomes the attribute {@code keuze-<choice>-<option>}.
 */
public record Choice(String id, String vraag, Map<String, String> opties, String standaard, SourceRef where) {

    public String attributeFor(String option) {
        return "keuze-" + id + "-" + option;
    }
}
