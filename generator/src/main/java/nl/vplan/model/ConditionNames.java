package nl.vplan.model;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The attribute names the framework defines for conditions: {@code keuze-<choice>}, {@code keuze-<choice>-<option>}
 * and {@code onderdeel-<part>}, as {@code ifdef::} in the texts and {@code als:} on a task may name them.
 */
public final class ConditionNames {

    private ConditionNames() {
    }

    public static Set<String> of(Collection<Choice> choices, List<Document> documents) {
        Set<String> names = new LinkedHashSet<>();
        choices.forEach(c -> {
            names.add("keuze-" + c.id());
            c.opties().keySet().forEach(o -> names.add(c.attributeFor(o)));
        });
        documents.forEach(d -> d.parts().forEach(p -> names.add("onderdeel-" + p.id())));
        return names;
    }
}
