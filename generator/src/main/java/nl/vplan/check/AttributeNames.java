package nl.vplan.check;

import java.util.LinkedHashSet;
import java.util.Set;
import nl.vplan.model.Framework;

/** The attribute names the framework defines for conditions: {@code keuze-<choice>-<option>} and {@code onderdeel-<part>}. */
final class AttributeNames {

    private AttributeNames() {
    }

    static Set<String> all(Framework framework) {
        Set<String> names = new LinkedHashSet<>();
        framework.choices().values().forEach(c -> {
            names.add("keuze-" + c.id());
            c.opties().keySet().forEach(o -> names.add(c.attributeFor(o)));
        });
        framework.documents().forEach(d -> d.parts().forEach(p -> names.add("onderdeel-" + p.id())));
        return names;
    }
}
