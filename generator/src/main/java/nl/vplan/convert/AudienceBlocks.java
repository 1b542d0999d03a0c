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
 * {@code vplan-doelgroep-<id>}, and puts a small label ("Voor leerlingen") at their start, so the
 * full document shows whom a rule addresses and compose can cut out a page per audience.
 */
public final class AudienceBlocks extends Treeprocessor {

    public static final String ROLE = "vplan-doelgroep";
    public static final String LABEL_ROLE = "vplan-doelgroep-label";

    @Override
    public Document process(Document document) {
        mark(document);
        return document;
    }

    private void mark(StructuralNode parent) {
        List<StructuralNode> blocks = parent.getBlocks();
        for (int i = 0; i < blocks.size(); i++) {
            StructuralNode block = blocks.get(i);
            Object value = block.getAttribute("doelgroep");
            if (value != null) {
                List<String> audiences = Audiences.parse(value.toString());
                block.addRole(ROLE);
                audiences.forEach(a -> block.addRole(ROLE + "-" + a));
                StructuralNode label = createBlock(parent, "paragraph", Audiences.label(audiences), Map.of("role", LABEL_ROLE));
                if (block instanceof Section) {
                    block.getBlocks().add(0, label);
                } else {
                    blocks.add(i, label);
                    i++;
                }
            }
            if (block.getBlocks() != null && !block.getBlocks().isEmpty()) {
                mark(block);
            }
        }
    }
}
