package nl.vplan.fill;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a person changed in a school's part of the plan (in the fill-in page or the spreadsheet):
 * field values ("" clears one), answers to choices, optional parts switched on or off, and the
 * school's own texts for slots ("" removes one). Everything not named stays as it is.
 */
public record SchoolChanges(Map<String, String> values, Map<String, String> choices, Map<String, Boolean> parts,
                            Map<String, String> texts) {

    public SchoolChanges {
        values = copy(values);
        choices = copy(choices);
        parts = copy(parts);
        texts = copy(texts);
    }

    public static SchoolChanges ofValues(Map<String, String> values) {
        return new SchoolChanges(values, Map.of(), Map.of(), Map.of());
    }

    public boolean isEmpty() {
        return values.isEmpty() && choices.isEmpty() && parts.isEmpty() && texts.isEmpty();
    }

    private static <V> Map<String, V> copy(Map<String, V> map) {
        return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map == null ? Map.of() : map));
    }
}
