package nl.vplan.load;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.vplan.model.Choice;
import nl.vplan.model.Field;
import nl.vplan.model.Framework;
import nl.vplan.model.Ids;
import nl.vplan.model.Part;

/**
 * What a school may put in its school.yml, checked against the framework: a field's value, a
 * choice's option, an optional part, a slot. {@code check} applies these while it loads a school;
 * the fill-in page's save and the spreadsheet apply them to a value before it is written.
 */
public final class SchoolRules {

    private final Framework framework;

    public SchoolRules(Framework framework) {
        this.framework = framework;
    }

    /**
     * Characters in one field value. A value appears in many places of every page and handbook, and
     * the PDF's line breaking of one long word is quadratic (1.9 MB took 183 s); the longest real
     * value, an address or a sentence of instructions, is some hundreds.
     */
    public static final int MAX_VALUE = 2_000;

    /** Why {@code value} cannot be the value of {@code field} (an empty value always can: it clears the field). */
    public Optional<String> value(String field, String value) {
        Field known = framework.fields().get(field);
        if (known == null) {
            return Optional.of("onbekend veld '" + field + "' (niet in velden.yml)" + Ids.suggestion(field, framework.fields().keySet()));
        }
        if (known.boardSet()) {
            return Optional.of("veld '" + field + "' wordt door het bestuur vastgesteld in velden.yml (" + known.boardValue()
                    + "); haal het uit school.yml");
        }
        if (value.isBlank()) {
            return Optional.empty();
        }
        if (value.length() > MAX_VALUE) {
            return Optional.of("de waarde van veld '" + field + "' is te lang (" + value.length() + " tekens; hooguit "
                    + MAX_VALUE + "): een veld is een naam, nummer of korte zin; lange tekst hoort in een aanvulling");
        }
        return known.type().problem(value).map(why -> "waarde '" + value + "' van veld '" + field + "' ("
                + known.type().id() + ") " + why);
    }

    /** Why {@code option} cannot be the school's answer to {@code choiceId}. */
    public Optional<String> choice(String choiceId, String option) {
        Choice choice = framework.choices().get(choiceId);
        if (choice == null) {
            return Optional.of("onbekende keuze '" + choiceId + "': het kader heeft deze keuze niet"
                    + Ids.suggestion(choiceId, framework.choices().keySet()));
        }
        if (!choice.opties().containsKey(option)) {
            return Optional.of("onbekende optie '" + option + "' voor keuze '" + choiceId + "'; kies uit "
                    + String.join(", ", choice.opties().keySet()) + Ids.suggestion(option, choice.opties().keySet()));
        }
        return Optional.empty();
    }

    /** Why {@code part} cannot be switched off ({@code off}) or on by a school. */
    public Optional<String> optionalPart(String part, boolean off) {
        Map<String, Part> parts = parts();
        if (!parts.containsKey(part)) {
            return Optional.of("onbekend onderdeel '" + part + "': het kader heeft geen onderdeel met dit id"
                    + Ids.suggestion(part, parts.keySet()));
        }
        Set<String> optional = optionalParts();
        if (!optional.contains(part)) {
            return Optional.of("onderdeel '" + part + "' is niet optioneel en kan niet worden " + (off ? "uitgezet" : "aangezet")
                    + "; optioneel zijn: " + (optional.isEmpty() ? "(geen)" : String.join(", ", optional)));
        }
        return Optional.empty();
    }

    /** The ids of the parts a school may switch off, in framework order. */
    public Set<String> optionalParts() {
        Set<String> optional = new LinkedHashSet<>();
        parts().values().forEach(p -> {
            if (p instanceof Part.FilePart f && f.optional()) {
                optional.add(p.id());
            }
        });
        return optional;
    }

    /** The ids of the slots a school fills with its own text or a PDF, in framework order. */
    public Set<String> slots() {
        Set<String> slots = new LinkedHashSet<>();
        parts().values().forEach(p -> {
            if (p instanceof Part.SlotPart) {
                slots.add(p.id());
            }
        });
        return slots;
    }

    private Map<String, Part> parts() {
        Map<String, Part> parts = new LinkedHashMap<>();
        framework.documents().forEach(d -> d.parts().forEach(p -> parts.putIfAbsent(p.id(), p)));
        return parts;
    }
}
