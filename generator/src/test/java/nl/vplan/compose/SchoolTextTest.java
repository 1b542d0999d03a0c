package nl.vplan.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vplan.convert.Body;
import nl.vplan.convert.Segment;
import nl.vplan.model.Field;
import nl.vplan.model.FieldType;
import nl.vplan.model.Framework;
import nl.vplan.model.Klasse;
import nl.vplan.model.Rules;
import nl.vplan.model.School;
import nl.vplan.model.Task;
import nl.vplan.model.TaskList;
import nl.vplan.resolve.FieldView;
import org.junit.jupiter.api.Test;

/** One school's text from typed segments: values, anchors, boxes and blocks on screen and in print. */
class SchoolTextTest {

    private static final SiteTemplates TEMPLATES = SiteTemplates.embedded();

    private static SchoolText text(Klasse edition, Map<String, String> values) {
        Map<String, Field> fields = new LinkedHashMap<>();
        fields.put("arbo.telefoon", new Field("arbo.telefoon", "Telefoon arbo-coördinator", FieldType.TELEFOON, Klasse.INTERN, null));
        fields.put("arbo.naam", new Field("arbo.naam", "Naam arbo-coördinator", FieldType.TEKST, Klasse.OPENBAAR, null));
        TaskList list = new TaskList("jaar", List.of(new Task("rie", "RI&E bijwerken", "arbo.naam", "jaarlijks", "oktober", "Arbowet", null)), null);
        Framework framework = new Framework(Path.of("inhoud"), "Bestuur", List.of(), fields, Map.of(), Map.of("jaar", list),
                Map.of(), Rules.none());
        School school = new School("s", "De School", values, Set.of(), Set.of(), Map.of(), Map.of(), null, Path.of("s"), null, Map.of());
        FieldView view = new FieldView(framework, school, edition);
        return new SchoolText(view, new Blocks(TEMPLATES, framework, view, java.util.Set.of(), new HashMap<>()));
    }

    private static final HandbookLinks NO_LINKS = new HandbookLinks(Set.of(), Set.of());

    /** A body as the page shows it and as the handbook prints it. */
    private record Both(String screen, String print, List<SchoolText.Occurrence> occurrences) {
    }

    private static Both both(SchoolText text, Body body, HandbookLinks links) {
        SchoolText.Rendered page = text.page(body);
        return new Both(page.html(), text.print(body, links), page.occurrences());
    }

    private static final Map<String, String> VALUES = Map.of("arbo.telefoon", "012-3456789", "arbo.naam", "A. Arbo");

    private static Body body(Segment... segments) {
        return new Body(List.of(segments));
    }

    @Test
    void everyOccurrenceGetsAnAnchorAndIsALinkOnScreenOnly() {
        Both page = both(text(Klasse.INTERN, VALUES), body(new Segment.Markup("<p>Bel "),
                new Segment.FillIn("arbo.telefoon"), new Segment.Text(" of <bel> "), new Segment.FillIn("arbo.telefoon"),
                new Segment.Markup("</p>")), NO_LINKS);
        assertThat(page.occurrences()).extracting(SchoolText.Occurrence::anchor)
                .containsExactly("invul-arbo.telefoon-1", "invul-arbo.telefoon-2");
        assertThat(page.screen()).contains("id=\"invul-arbo.telefoon-2\"").contains("<a href=\"tel:0123456789\">012-3456789</a>")
                .contains(" of &lt;bel&gt; ");
        assertThat(page.print()).contains("id=\"invul-arbo.telefoon-1\"").contains(">012-3456789</span>").doesNotContain("<a ");
    }

    @Test
    void aTitleNeverHoldsALinkBecauseItStandsInsideOne() {
        SchoolText text = text(Klasse.INTERN, VALUES);
        Body title = body(new Segment.Text("Arbo "), new Segment.FillIn("arbo.telefoon"));
        assertThat(text.title(title)).contains(">012-3456789</span>").doesNotContain("<a ");
        assertThat(text.inline(title)).as("a card on its own page links the number").contains("<a href=\"tel:0123456789\">");
    }

    @Test
    void aFieldAboveTheEditionHasNoAnchorAndNoValue() {
        Both page = both(text(Klasse.OPENBAAR, VALUES), body(new Segment.FillIn("arbo.telefoon")), NO_LINKS);
        assertThat(page.occurrences()).isEmpty();
        assertThat(page.screen()).doesNotContain("012").contains(">[intern]<");
    }

    @Test
    void aChecklistBoxIsToTickOnScreenAndDrawnInPrint() {
        Both page = both(text(Klasse.INTERN, VALUES), body(new Segment.Checkbox("abc123", false),
                new Segment.Checkbox("def456", true)), NO_LINKS);
        assertThat(page.screen()).isEqualTo("<input type=\"checkbox\" data-item=\"abc123\"><input type=\"checkbox\" data-item=\"def456\" checked>");
        assertThat(page.print()).isEqualTo("<span class=\"vakje\">\u2610</span><span class=\"vakje\">\u2611</span>");
    }

    @Test
    void aTaskListsResponsiblePersonIsAFillInOfThePageInBothMedia() {
        Both page = both(text(Klasse.INTERN, Map.of()), body(new Segment.FillIn("arbo.naam"),
                new Segment.Block("taken", "jaar")), NO_LINKS);
        assertThat(page.occurrences()).extracting(SchoolText.Occurrence::anchor).containsExactly("invul-arbo.naam-1", "invul-arbo.naam-2");
        assertThat(page.screen()).contains("<input type=\"checkbox\" data-item=\"taak-rie\">").contains("id=\"invul-arbo.naam-2\"");
        assertThat(page.print()).contains("<span class=\"vakje\">\u2610</span>").contains("id=\"invul-arbo.naam-2\"")
                .doesNotContain("<input");
    }

    @Test
    void aLinkToAnotherPartGoesToItsPlaceInTheHandbookAndToAFileIsOnlyWords() {
        HandbookLinks links = new HandbookLinks(Set.of("pestprotocol", "meldcode"), Set.of("stappen"));
        Both page = both(text(Klasse.INTERN, VALUES), body(
                new Segment.Link("pestprotocol.html#stappen"), new Segment.Text("de stappen"), new Segment.LinkEnd(),
                new Segment.Link("meldcode.html#weg"), new Segment.Text("de meldcode"), new Segment.LinkEnd(),
                new Segment.Link("meldcode-kaart.html"), new Segment.Text("de kaart"), new Segment.LinkEnd(),
                new Segment.Link("extra.pdf"), new Segment.Text("het blad"), new Segment.LinkEnd()), links);
        assertThat(page.screen()).isEqualTo("<a href=\"pestprotocol.html#stappen\">de stappen</a><a href=\"meldcode.html#weg\">de meldcode</a>"
                + "<a href=\"meldcode-kaart.html\">de kaart</a><a href=\"extra.pdf\">het blad</a>");
        assertThat(page.print()).isEqualTo("<a href=\"#stappen\">de stappen</a><a href=\"#deel-meldcode\">de meldcode</a>"
                + "<a href=\"#deel-meldcode\">de kaart</a>het blad");
    }

    @Test
    void textReadsAsThePageShowsIt() {
        SchoolText text = text(Klasse.INTERN, Map.of("arbo.telefoon", "012-3456789"));
        assertThat(text.text(body(new Segment.Text("Arbo:  "), new Segment.FillIn("arbo.naam"), new Segment.Text(",\n"),
                new Segment.FillIn("arbo.telefoon"), new Segment.Checkbox("k", false)))).isEqualTo("Arbo: Naam arbo-coördinator, 012-3456789");
        assertThat(text.text(body(new Segment.Block("taken", "jaar")))).contains("RI&E bijwerken").contains("Naam arbo-coördinator");
    }
}
