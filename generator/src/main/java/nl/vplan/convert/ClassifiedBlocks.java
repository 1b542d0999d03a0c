package nl.vplan.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import nl.vplan.model.Klasse;
import org.asciidoctor.ast.Cell;
import org.asciidoctor.ast.DescriptionList;
import org.asciidoctor.ast.DescriptionListEntry;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Row;
import org.asciidoctor.ast.Table;
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
 * a section, so it adds nothing to a page's contents or the search index. What was written for an
 * audience ({@code doelgroep}) leaves its note for that audience too, so the audience's page shows the
 * place as the full page does.
 *
 * <p>It walks every kind of node Asciidoctor makes, not only the ones with child blocks: the
 * AsciiDoc cells of tables ({@code a|}, each a document of its own), the descriptions of a
 * description list and the items of other lists, besides sections, admonitions, sidebars, examples,
 * quotes and open blocks. A removed section's title is also taken out of the catalog that
 * {@code <<xref>>} reads ({@link #REMOVED_IDS} lists the ids, so that the engine makes each such
 * reference plain text instead of a link to an anchor that is gone).
 */
public final class ClassifiedBlocks extends Treeprocessor {

    /** Document attribute: the ids of the removed sections and blocks, space-separated, for {@link #unlinkRemoved}. */
    static final String REMOVED_IDS = "vplan-weggelaten-ids";

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
            Pruning pruning = new Pruning(edition, ofDocument(title == null ? null : title.toString()));
            pruning.children(document);
            document.setAttribute(REMOVED_IDS, String.join(" ", pruning.removedIds), true);
        }
        return document;
    }

    /** {@code html} with each link to a removed id ({@code <a href="#id">text</a>}, as Asciidoctor writes an xref) turned into its text. */
    static String unlinkRemoved(String html, Object removedIds) {
        if (removedIds == null || removedIds.toString().isBlank()) {
            return html;
        }
        String result = html;
        for (String id : removedIds.toString().split(" ")) {
            result = result.replaceAll("<a href=\"#" + java.util.regex.Pattern.quote(id) + "\">(.*?)</a>", "$1");
        }
        return result;
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

    /** One walk over a document: what it removes and how many section headings it left. */
    private final class Pruning {

        private final Klasse edition;
        private final String ofDocument;
        private final List<String> removedIds = new ArrayList<>();
        private int leftOutSections;

        Pruning(Klasse edition, String ofDocument) {
            this.edition = edition;
            this.ofDocument = ofDocument;
        }

        /** Replaces the classified blocks among {@code parent}'s children and walks into the others. */
        void children(StructuralNode parent) {
            List<StructuralNode> blocks = parent.getBlocks();
            for (int i = 0; i < blocks.size(); i++) {
                StructuralNode block = blocks.get(i);
                Object value = block.getAttribute("klasse");
                // An unknown class is reported by check; until then it is kept out of every lower edition.
                Klasse klasse = value == null ? null : Klasse.parse(value.toString()).orElse(Klasse.VERTROUWELIJK);
                if (klasse != null && !klasse.within(edition)) {
                    forget(block);
                    Object audience = block.getAttribute("doelgroep");
                    if (block instanceof Section section && audience != null) {
                        // heading and note together, for the same audience, so its page shows the place too
                        StructuralNode place = createBlock(parent, "open", (String) null, Map.of("doelgroep", audience));
                        place.getBlocks().add(heading(place, section.getLevel(), ++leftOutSections));
                        place.getBlocks().add(createBlock(place, "paragraph", note(klasse, ofDocument), Map.of("role", "vplan-elders")));
                        blocks.set(i, place);
                    } else if (block instanceof Section section) {
                        blocks.set(i, heading(parent, section.getLevel(), ++leftOutSections));
                        blocks.add(++i, createBlock(parent, "paragraph", note(klasse, ofDocument), Map.of("role", "vplan-elders")));
                    } else {
                        blocks.set(i, createBlock(parent, "paragraph", note(klasse, ofDocument), audience == null
                                ? Map.of("role", "vplan-elders") : Map.of("role", "vplan-elders", "doelgroep", audience)));
                    }
                } else {
                    inside(block);
                }
            }
        }

        /** Walks into whatever {@code node} holds, by its kind. */
        private void inside(StructuralNode node) {
            if (node instanceof Table table) {
                for (List<Row> rows : List.of(table.getHeader(), table.getBody(), table.getFooter())) {
                    rows.forEach(row -> row.getCells().forEach(this::cell));
                }
            } else if (node instanceof DescriptionList list) {
                for (DescriptionListEntry entry : list.getItems()) {
                    if (entry.getDescription() != null) {
                        inside(entry.getDescription());
                    }
                }
            } else if (node instanceof org.asciidoctor.ast.List list) {
                list.getItems().forEach(this::inside);
            } else if (node.getBlocks() != null && !node.getBlocks().isEmpty()) {
                children(node);
            }
        }

        private void cell(Cell cell) {
            Document inner = cell.getInnerDocument();
            if (inner != null) {
                children(inner);
            }
        }

        /** Takes {@code block}'s ids (its own and those inside it) out of reach: a reference to one must not show its title. */
        private void forget(StructuralNode block) {
            if (block.getId() != null) {
                removedIds.add(block.getId());
            }
            if (block instanceof Section section) {
                section.setTitle(LEFT_OUT_TITLE);
                section.getAttributes().remove("reftext");
            }
            if (!(block instanceof Table) && !(block instanceof DescriptionList) && block.getBlocks() != null) {
                block.getBlocks().forEach(this::forget);
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
