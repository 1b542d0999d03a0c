package nl.vplan.convert;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.vplan.model.Klasse;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.extension.Treeprocessor;

/**
 * Removes sections and blocks marked {@code [klasse=intern]} or {@code [klasse=vertrouwelijk]} from
 * editions below that class (the edition comes from the attribute {@code vplan-editie}) and leaves
 * a neutral note in their place that names the document ({@code vplan-document}). Removed before
 * conversion, so none of their text reaches the output: not even a section's title, which is part
 * of what was classified. A removed section leaves a heading "Niet in deze versie" of its level
 * above the note, so the note does not read as part of the section above it; a discrete heading, not
 * a section, so it adds nothing to a page's contents or the search index.
 */
public final class ClassifiedBlocks extends Treeprocessor {

    /** The heading in a removed section's place. */
    public static final String LEFT_OUT_TITLE = "Niet in deze versie";

    /** Last parts of Dutch compounds that take "het" (het veiligheidsplan, het pestprotocol); others take "de". */
    private static final Set<String> HET_WORDS = Set.of("plan", "protocol", "reglement", "statuut", "beleid",
            "document", "boek", "kader", "convenant", "overzicht", "register", "programma", "schema", "handvest");

    @Override
    public Document process(Document document) {
        Klasse edition = edition(document.getAttribute("vplan-editie"));
        if (edition != Klasse.VERTROUWELIJK) {
            Object title = document.getAttribute("vplan-document");
            prune(document, edition, ofDocument(title == null ? null : title.toString()), new int[] {0});
        }
        return document;
    }

    /** The edition being built; the pipeline always sets it, so a missing or unknown value is a bug. */
    static Klasse edition(Object attribute) {
        if (attribute == null) {
            throw new IllegalStateException("attribute vplan-editie is not set: the edition of a conversion must be given");
        }
        return Klasse.parse(attribute.toString()).orElseThrow(() ->
                new IllegalStateException("attribute vplan-editie is '" + attribute + "', not openbaar, intern or vertrouwelijk"));
    }

    /** "van de Gedragscode ICT en internet", "van het Veiligheidsplan"; "van dit document" without a title. */
    static String ofDocument(String title) {
        if (title == null || title.isBlank()) {
            return "van dit document";
        }
        String first = title.strip().split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (first.equals("de") || first.equals("het")) {
            return "van " + first + title.strip().substring(first.length());
        }
        boolean het = HET_WORDS.stream().anyMatch(first::endsWith);
        return "van " + (het ? "het " : "de ") + title.strip();
    }

    /** "Dit deel staat in de interne versie van de Gedragscode ICT en internet." */
    static String note(Klasse klasse, String ofDocument) {
        return "Dit deel staat in " + klasse.edition() + " " + ofDocument + ".";
    }

    private void prune(StructuralNode parent, Klasse edition, String ofDocument, int[] leftOutSections) {
        List<StructuralNode> blocks = parent.getBlocks();
        for (int i = 0; i < blocks.size(); i++) {
            StructuralNode block = blocks.get(i);
            Object value = block.getAttribute("klasse");
            // An unknown class is reported by check; until then it is kept out of every lower edition.
            Klasse klasse = value == null ? null : Klasse.parse(value.toString()).orElse(Klasse.VERTROUWELIJK);
            if (klasse != null && !klasse.within(edition)) {
                StructuralNode note = createBlock(parent, "paragraph", note(klasse, ofDocument), Map.of("role", "vplan-elders"));
                if (block instanceof Section section) {
                    blocks.set(i, heading(parent, section.getLevel(), ++leftOutSections[0]));
                    blocks.add(++i, note);
                } else {
                    blocks.set(i, note);
                }
            } else if (block.getBlocks() != null && !block.getBlocks().isEmpty()) {
                prune(block, edition, ofDocument, leftOutSections);
            }
        }
    }

    /** A discrete heading at {@code level} with a neutral title and id (the removed section's id may be made of its title). */
    private StructuralNode heading(StructuralNode parent, int level, int number) {
        StructuralNode heading = createBlock(parent, "floating_title", "", Map.of());
        heading.setStyle("discrete");
        heading.setLevel(level);
        heading.setTitle(LEFT_OUT_TITLE);
        heading.setId("niet-in-deze-versie" + (number == 1 ? "" : "-" + number));
        return heading;
    }
}
