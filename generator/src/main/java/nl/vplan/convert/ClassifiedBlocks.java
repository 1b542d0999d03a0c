package nl.vplan.convert;

import java.util.List;
import java.util.Map;
import nl.vplan.model.Klasse;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

/**
 * Removes sections and blocks marked {@code [klasse=intern]} or {@code [klasse=vertrouwelijk]} from
 * editions below that class (the edition comes from the attribute {@code vplan-editie}) and leaves
 * a neutral note in their place. Removed before conversion, so their text reaches no output.
 */
public final class ClassifiedBlocks extends Treeprocessor {

    @Override
    public Document process(Document document) {
        Klasse edition = Klasse.parse(String.valueOf(document.getAttribute("vplan-editie", "intern"))).orElse(Klasse.INTERN);
        if (edition != Klasse.VERTROUWELIJK) {
            prune(document, edition);
        }
        return document;
    }

    private void prune(StructuralNode parent, Klasse edition) {
        List<StructuralNode> blocks = parent.getBlocks();
        for (int i = 0; i < blocks.size(); i++) {
            StructuralNode block = blocks.get(i);
            Object value = block.getAttribute("klasse");
            Klasse klasse = value == null ? null : Klasse.parse(value.toString()).orElse(Klasse.VERTROUWELIJK);
            if (klasse != null && !klasse.within(edition)) {
                blocks.set(i, createBlock(parent, "paragraph",
                        "Dit deel staat in " + klasse.edition() + " van het plan.", Map.of("role", "vplan-elders")));
            } else if (block.getBlocks() != null && !block.getBlocks().isEmpty()) {
                prune(block, edition);
            }
        }
    }
}
