package nl.vplan.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import nl.vplan.compare.RenderedSchool.RenderedDocument;
import nl.vplan.compare.RenderedSchool.RenderedPart;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    private static Block p(String text) {
        return new Block(Block.Kind.PARAGRAPH, 0, text);
    }

    private static Block h(int level, String text) {
        return new Block(Block.Kind.HEADING, level, text);
    }

    private static RenderedPart part(String id, Block... blocks) {
        return new RenderedPart(id, "", id.toUpperCase(), id + ".html", List.of(blocks));
    }

    private static RenderedSchool school(Map<String, String> values, RenderedPart... parts) {
        return new RenderedSchool("s", Map.of("plan", new RenderedDocument("plan", "Plan", "1", List.of(parts))), values, Map.of());
    }

    @Test
    void aChangedWordIsDeletedAndInsertedInsideItsBlock() {
        assertThat(WordDiff.of("Bel de directeur op 012-5550101.", "Bel de directeur op 012-5550999.")).containsExactly(
                new Piece("Bel de directeur op ", Piece.Change.SAME), new Piece("012-5550101", Piece.Change.DELETED),
                new Piece("012-5550999", Piece.Change.INSERTED), new Piece(".", Piece.Change.SAME));
        assertThat(WordDiff.of("gelijk", "gelijk")).containsExactly(new Piece("gelijk", Piece.Change.SAME));
    }

    @Test
    void onlyChangedBlocksAreShownUnderTheHeadingsTheyStandUnder() {
        RenderedPart before = part("a", h(2, "Een"), p("x"), h(3, "Een.een"), p("oud"), h(2, "Twee"), p("y"));
        RenderedPart after = part("a", h(2, "Een"), p("x"), h(3, "Een.een"), p("nieuw"), h(2, "Twee"), p("y"));
        List<DocumentChanges.RedlineBlock> blocks = Comparison.redline(before, after);
        assertThat(blocks).extracting(b -> b.pieces().get(0).text()).containsExactly("Een", "Een.een", "oud");
        assertThat(blocks.get(2).pieces()).extracting(Piece::change).containsExactly(Piece.Change.DELETED, Piece.Change.INSERTED);
        assertThat(blocks.get(1).gapBefore()).as("the unchanged x is left out").isTrue();
        assertThat(Comparison.redline(before, before)).isEmpty();
    }

    @Test
    void partsAddedRemovedMovedAndChanged() {
        RenderedSchool before = school(Map.of(), part("a", p("1")), part("b", p("2")), part("c", p("3")), part("weg", p("4")));
        RenderedSchool after = school(Map.of(), part("b", p("2")), part("c", p("3!")), part("a", p("1")), part("nieuw", p("5")));
        DocumentChanges changes = Comparison.of(before, after, "plan");
        assertThat(changes.added()).extracting(DocumentChanges.PartRef::id).containsExactly("nieuw");
        assertThat(changes.removed()).extracting(DocumentChanges.PartRef::id).containsExactly("weg");
        assertThat(changes.moved()).extracting(DocumentChanges.PartRef::id).containsExactly("a");
        assertThat(changes.changedParts()).extracting(r -> r.part().id()).containsExactly("c");
        assertThat(changes.partsChanged()).isEqualTo(4);
        assertThat(Comparison.of(before, before, "plan").none()).isTrue();
    }

    @Test
    void aValueCountsInTheDocumentsThatShowIt() {
        RenderedSchool before = school(Map.of("Telefoon", "012-1", "Elders", "oud"), part("a", p("Bel 012-1.")));
        RenderedSchool after = school(Map.of("Telefoon", "012-2", "Elders", "nieuw"), part("a", p("Bel 012-2.")));
        assertThat(Comparison.of(before, after, "plan").values()).containsExactly(new DocumentChanges.ValueChange("Telefoon", "012-1", "012-2"));
    }

    @Test
    void theBlocksOfAPageAreWhatAReaderReads() {
        String page = "<html><body><nav><p>menu</p></nav><main><h1>Titel</h1><div class=\"tekst\"><h2>Kop</h2>"
                + "<div class=\"paragraph\"><p>Een <em>zin</em>.</p></div><ul><li><p>punt <span class=\"invul-hint\">nog in te vullen: </span>Label</p>"
                + "<ul><li><p>dieper</p></li></ul></li></ul><table><tr><td><p class=\"tableblock\">cel</p></td></tr></table>"
                + "<ul class=\"checklist\"><li><input type=\"checkbox\"><label>vink</label></li></ul></div></main></body></html>";
        assertThat(PageBlocks.of(page)).containsExactly(h(2, "Kop"), p("Een zin."), new Block(Block.Kind.ITEM, 0, "punt Label"),
                new Block(Block.Kind.ITEM, 0, "dieper"), new Block(Block.Kind.CELL, 0, "cel"), new Block(Block.Kind.ITEM, 0, "☐ vink"));
    }
}
