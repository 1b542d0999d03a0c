package nl.vplan.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The segments and structure convert hands over, from Asciidoctor-shaped HTML (no Asciidoctor needed). */
class PartStructureTest {

    private static PartStructure.Parts parts(String titleHtml, String bodyHtml) {
        return PartStructure.of(new ConvertedAsciidoc(titleHtml, List.of(), bodyHtml, List.of()), "deel.html");
    }

    @Test
    void aFillInInATableCellIsASegmentBetweenMarkup() {
        String body = "<table><tr><td><p>Bel " + Markers.fillIn("arbo.telefoon") + " direct.</p></td></tr></table>";
        List<Segment> segments = parts("Titel", body).body().segments();
        assertThat(segments).containsExactly(
                new Segment.Markup("<table><tr><td><p>Bel "),
                new Segment.FillIn("arbo.telefoon"),
                new Segment.Markup(" direct.</p></td></tr></table>"));
    }

    @Test
    void aFillInInAListItemAndABlockKeepTheirOrder() {
        String body = "<ul><li><p>" + Markers.fillIn("a") + "</p></li><li><p>" + Markers.fillIn("b") + "</p></li></ul>"
                + Markers.block("taken", "jaarlijks");
        Body parsed = parts("Titel", body).body();
        assertThat(parsed.segments()).filteredOn(s -> !(s instanceof Segment.Markup))
                .containsExactly(new Segment.FillIn("a"), new Segment.FillIn("b"), new Segment.Block("taken", "jaarlijks"));
        assertThat(parsed.blocks("taken")).containsExactly("jaarlijks");
        assertThat(parsed.blocks("formulier")).isEmpty();
    }

    @Test
    void aTitleWithAFillInHasAnHtmlAndATextForm() {
        Title title = PartStructure.title("<em>Contact</em> met " + Markers.fillIn("school.naam"));
        assertThat(title.html().segments()).containsExactly(new Segment.Markup("<em>Contact</em> met "),
                new Segment.FillIn("school.naam"));
        assertThat(title.text().segments()).containsExactly(new Segment.Text("Contact met "), new Segment.FillIn("school.naam"));
    }

    @Test
    void searchSectionsSplitAtHeadingsWithFillInsInTitleAndText() {
        String body = "<div class=\"paragraph\"><p>Inleiding.</p></div>"
                + "<div class=\"sect1\"><h2 id=\"bellen\">Bellen naar " + Markers.fillIn("school.naam") + "</h2>"
                + "<div class=\"sectionbody\"><p>Nummer:  " + Markers.fillIn("school.telefoon") + "\n</p>"
                + "<table><tr><td>een</td><td>twee</td></tr><tr><td>drie</td></tr></table></div></div>";
        List<SearchSection> sections = parts("T", body).search();
        assertThat(sections).hasSize(2);
        assertThat(sections.get(0).anchor()).isEmpty();
        assertThat(sections.get(0).text().segments()).containsExactly(new Segment.Text("Inleiding."));
        assertThat(sections.get(1).anchor()).isEqualTo("bellen");
        assertThat(sections.get(1).title().segments()).containsExactly(new Segment.Text("Bellen naar "), new Segment.FillIn("school.naam"));
        assertThat(sections.get(1).text().segments()).containsExactly(new Segment.Text("Nummer: "),
                new Segment.FillIn("school.telefoon"), new Segment.Text(" een · twee — drie")); // cells and rows apart
    }

    @Test
    void checklistItemsBecomeLabelledCheckboxesKeyedByTheirText() {
        String body = "<div class=\"ulist checklist\"><ul class=\"checklist\"><li><p>&#10063; Ouders bellen "
                + Markers.fillIn("a") + "</p></li></ul></div>";
        Body parsed = parts("T", body).body();
        String markup = ((Segment.Markup) parsed.segments().get(0)).html();
        assertThat(markup).contains("data-checklist").endsWith("<label>");
        Segment.Checkbox box = (Segment.Checkbox) parsed.segments().get(1);
        assertThat(box.checked()).isFalse();
        assertThat(box.key()).matches("[0-9a-f]{10}");
        String other = body.replace("Ouders bellen", "Politie bellen");
        assertThat(((Segment.Checkbox) parts("T", other).body().segments().get(1)).key())
                .as("the key is made of the item's own words").isNotEqualTo(box.key());
        assertThat(parsed.segments()).contains(new Segment.FillIn("a"));
        String ticked = body.replace("&#10063;", "&#10003;");
        assertThat(((Segment.Checkbox) parts("T", ticked).body().segments().get(1)).checked()).isTrue();
    }

    @Test
    void aHeadingThatSkipsALevelMovesUp() {
        Body parsed = parts("T", "<h3 id=\"x\">Kop</h3><p>tekst</p>").body();
        assertThat(((Segment.Markup) parsed.segments().get(0)).html()).startsWith("<h2 id=\"x\">Kop</h2>");
    }

    @Test
    void aLinkToAnotherPageIsMarkedWhereItStartsAndEnds() {
        Body parsed = parts("T", "<p>Zie <a href=\"pest.html#stappen\">de <em>stappen</em></a>, <a href=\"#hier\">hier</a>"
                + " en <a href=\"https://wetten.overheid.nl\" class=\"bare\">de wet</a>.</p>").body();
        assertThat(parsed.segments()).containsExactly(new Segment.Markup("<p>Zie "), new Segment.Link("pest.html#stappen"),
                new Segment.Markup("de <em>stappen</em>"), new Segment.LinkEnd(),
                new Segment.Markup(", <a href=\"#hier\">hier</a> en <a href=\"https://wetten.overheid.nl\" class=\"bare\">de wet</a>.</p>"));
        assertThat(parts("T", "<p id=\"a\"><span id=\"b\">x</span></p>").ids()).containsExactly("a", "b");
    }

    @Test
    void untouchedHtmlIsHandedOnAsAsciidoctorWroteIt() {
        String body = "<div class=\"paragraph\"><p>Caf&#233; &amp; co&#8217;s</p></div>";
        assertThat(parts("T", body).body().segments()).containsExactly(new Segment.Markup(body));
    }

    @Test
    void theProtocolCardIsItsSectionWithoutHeadingOrIds() {
        String body = "<div class=\"sect1 protocolkaart\"><h2 id=\"kaart\">Kaart</h2><div class=\"sectionbody\">"
                + "<p id=\"stap\">Bel " + Markers.fillIn("directeur.telefoon") + "</p></div></div>";
        ProtocolCard card = parts("T", body).card().orElseThrow();
        assertThat(card.body().segments()).contains(new Segment.FillIn("directeur.telefoon"));
        assertThat(card.body().segments().toString()).doesNotContain("Kaart").doesNotContain("id=");
        assertThat(card.acute()).isFalse();
        assertThat(parts("T", body.replace("sect1 protocolkaart", "sect1 protocolkaart acuut")).card().orElseThrow().acute()).isTrue();
        assertThat(parts("T", "<p>geen kaart</p>").card()).isEmpty();
    }

    @Test
    void eachAudienceGetsItsTextUnderItsSectionHeadings() {
        String body = "<div class=\"sect1\"><h2 id=\"regels\">Regels</h2><div class=\"sectionbody\">"
                + "<div class=\"paragraph vplan-doelgroep vplan-doelgroep-leerlingen\"><p>Voor leerlingen: " + Markers.fillIn("a") + "</p></div>"
                + "<div class=\"paragraph vplan-doelgroep vplan-doelgroep-ouders\"><p>Voor ouders, zie <a href=\"#regels\">boven</a>"
                + " en <a href=\"#elders\">elders</a></p></div>"
                + "<div class=\"paragraph\"><p>Voor iedereen</p></div></div></div>";
        var audiences = parts("T", body).audiences();
        assertThat(audiences).containsOnlyKeys("leerlingen", "ouders");
        AudienceText pupils = audiences.get("leerlingen");
        assertThat(pupils.body().segments().toString()).contains("<h2 id=\"regels\">Regels</h2>").contains("Voor leerlingen")
                .doesNotContain("Voor ouders").doesNotContain("Voor iedereen");
        assertThat(pupils.body().segments()).contains(new Segment.FillIn("a"));
        assertThat(pupils.nested().segments().toString()).as("one level lower on the audience page").contains("<h3 id=\"regels\">");
        assertThat(pupils.ids()).containsExactly("regels");
        assertThat(audiences.get("ouders").body().segments().toString()).contains("href=\"#regels\"");
        assertThat(audiences.get("ouders").body().segments()).as("a link to text left behind goes to the part's page")
                .contains(new Segment.Link("deel.html#elders"), new Segment.LinkEnd());
    }
}
