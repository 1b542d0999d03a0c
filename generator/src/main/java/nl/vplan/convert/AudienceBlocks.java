package nl.vplan.convert;

import java.util.List;
import java.util.Map;
import nl.vplan.model.Audiences;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

/**
 * Marks sections and blocks written for an audience ({@code [doelgroep=leerlingen]} or
 * {@code [doelgroep="medewerkers,ouders"]}) with the roles {@code vplan-doelgroep} and
 * {@code vplan-doelgroep-<id>}, and puts a small label ("Voor leerlingen") at their start where the
 * audience changes, so the full document shows whom a rule addresses and compose can cut out a page
 * per audience.
 */
public final class AudienceBlocks extends Treeprocessor {

    public static final String ROLE = "vplan-doelgroep";
    public static final String LABEL_ROLE = "vplan-doelgroep-label";

    @Override
    public Document process(Document document) {
        mark(document, List.of());
        return document;
    }

    /**
     * Marks the blocks under {@code parent}; {@code around} is the audience of the nearest marked
     * block around them. A label is put only where it tells something: not inside a block for the
     * same audience, and not on a block right after one for the same audience (a part whose every
     * section is for pupils says so once, at the first).
     */
    private void mark(StructuralNode parent, List<String> around) {
        List<StructuralNode> blocks = parent.getBlocks();
        List<String> previous = around;
        for (int i = 0; i < blocks.size(); i++) {
            StructuralNode block = blocks.get(i);
            Object value = block.getAttribute("doelgroep");
            List<String> inside = around;
            if (value != null) {
                List<String> audiences = Audiences.parse(value.toString());
                block.addRole(ROLE);
                audiences.forEach(a -> block.addRole(ROLE + "-" + a));
                if (!audiences.equals(previous)) {
                    StructuralNode label = createBlock(parent, "paragraph", Audiences.label(audiences), Map.of("role", LABEL_ROLE));
                    if (block instanceof Section) {
                        block.getBlocks().add(0, label);
                    } else {
                        blocks.add(i, label);
                        i++;
                    }
                }
                inside = audiences;
            }
            previous = inside;
            if (block.getBlocks() != null && !block.getBlocks().isEmpty()) {
                mark(block, inside);
            }
        }
    }
}
