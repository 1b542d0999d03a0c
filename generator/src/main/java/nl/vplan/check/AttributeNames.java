package nl.vplan.check;

import java.util.Set;
import nl.vplan.model.ConditionNames;
import nl.vplan.model.Framework;

/** The attribute names the framework defines for conditions: {@code keuze-<choice>-<option>} and {@code onderdeel-<part>}. */
final class AttributeNames {

    private AttributeNames() {
    }

    static Set<String> all(Framework framework) {
        return ConditionNames.of(framework.choices().values(), framework.documents());
    }
}
