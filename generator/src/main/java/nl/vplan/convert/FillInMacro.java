package nl.vplan.convert;

import java.util.HashMap;
import java.util.Map;
import org.asciidoctor.ast.PhraseNode;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.InlineMacroProcessor;
import org.asciidoctor.extension.Name;

/**
 * {@code invul:<field>[]}: leaves a marker (see {@link Markers}) for the field. Stateless, so one instance
 * serves every conversion on every thread; unknown field ids are reported by the check stage.
 */
@Name("invul")
public final class FillInMacro extends InlineMacroProcessor {

    @Override
    public PhraseNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        Map<String, Object> options = new HashMap<>();
        options.put("type", ":unquoted");
        return createPhraseNode(parent, "quoted", Markers.fillIn(target), new HashMap<>(), options);
    }
}
