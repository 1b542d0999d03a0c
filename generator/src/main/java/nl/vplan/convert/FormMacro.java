package nl.vplan.convert;

import java.util.Map;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.extension.Name;

/** {@code formulier::<id>[]}: leaves a marker (see {@link Markers}) for the form of {@code formulieren/<id>.yml}. */
@Name("formulier")
public final class FormMacro extends BlockMacroProcessor {

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        return createBlock(parent, "pass", Markers.block("formulier", target));
    }
}
