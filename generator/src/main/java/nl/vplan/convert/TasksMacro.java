package nl.vplan.convert;

import java.util.Map;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.BlockMacroProcessor;
import org.asciidoctor.extension.Name;

/** {@code taken::<list>[]}: leaves a marker (see {@link Markers}) for the tasks of {@code taken/<list>.yml}. */
@Name("taken")
public final class TasksMacro extends BlockMacroProcessor {

    @Override
    public StructuralNode process(StructuralNode parent, String target, Map<String, Object> attributes) {
        return createBlock(parent, "pass", Markers.block("taken", target));
    }
}
