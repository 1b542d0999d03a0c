package nl.vplan.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vplan.model.Document;
import nl.vplan.model.Framework;
import nl.vplan.model.Klasse;
import nl.vplan.model.Part;
import nl.vplan.model.PartKind;
import nl.vplan.model.Rules;
import nl.vplan.model.School;
import org.junit.jupiter.api.Test;

/** How resolve numbers a school's parts: chapters, appendices, unnumbered parts, switched-off and classified parts. */
class PartNumberingTest {

    private static Part.FilePart chapter(String id, boolean optional, boolean numbered, Klasse klasse) {
        return new Part.FilePart(id, Path.of(id + ".adoc"), optional, numbered, PartKind.HOOFDSTUK, klasse, null);
    }

    private static Part.FilePart appendix(String id) {
        return new Part.FilePart(id, Path.of(id + ".adoc"), false, true, PartKind.BIJLAGE, Klasse.OPENBAAR, null);
    }

    private static final List<Part> PARTS = List.of(
            chapter("inleiding", false, false, Klasse.OPENBAAR),
            chapter("regels", false, true, Klasse.OPENBAAR),
            chapter("brede-school", true, true, Klasse.OPENBAAR),
            chapter("crisisteam", false, true, Klasse.INTERN),
            chapter("slot", false, true, Klasse.OPENBAAR),
            appendix("pestprotocol"),
            new Part.SlotPart("ontruimingsplan", "Ontruimingsplan", PartKind.BIJLAGE, Klasse.INTERN, null),
            appendix("meldcode"));

    private static List<String> numbers(Document.Nummering nummering, Set<String> off, Klasse edition) {
        return plan(nummering, off, edition).parts().stream().map(p -> p.id() + "=" + p.number()).toList();
    }

    private static DocumentPlan plan(Document.Nummering nummering, Set<String> off, Klasse edition) {
        Document document = new Document("plan", "Plan", "", "1.0", "", "", "", PARTS, List.of(), nummering, null);
        Framework framework = new Framework(Path.of("inhoud"), "Bestuur", List.of(document), Map.of(), Map.of(), Map.of(),
                Map.of(), Rules.none());
        School school = new School("s", "School", Map.of(), off, Set.of(), Map.of(), Map.of(), null, Path.of("inhoud/scholen/s"),
                null, Map.of());
        return Resolver.resolve(framework, school, edition).documents().get(0);
    }

    @Test
    void chaptersAndAppendicesAreCountedApart() {
        assertThat(numbers(Document.Nummering.STANDAARD, Set.of(), Klasse.INTERN)).containsExactly(
                "inleiding=", "regels=1", "brede-school=2", "crisisteam=3", "slot=4",
                "pestprotocol=Bijlage 1", "ontruimingsplan=Bijlage 2", "meldcode=Bijlage 3");
    }

    @Test
    void aSwitchedOffPartLeavesNoGap() {
        assertThat(numbers(Document.Nummering.STANDAARD, Set.of("brede-school"), Klasse.INTERN)).containsExactly(
                "inleiding=", "regels=1", "crisisteam=2", "slot=3", "pestprotocol=Bijlage 1", "ontruimingsplan=Bijlage 2",
                "meldcode=Bijlage 3");
    }

    @Test
    void aPartAboveTheEditionKeepsItsNumberSoEveryEditionNumbersAlike() {
        DocumentPlan open = plan(Document.Nummering.STANDAARD, Set.of("brede-school"), Klasse.OPENBAAR);
        assertThat(open.parts().stream().map(p -> p.id() + "=" + p.number())).containsExactly(
                "inleiding=", "regels=1", "slot=3", "pestprotocol=Bijlage 1", "meldcode=Bijlage 3");
        assertThat(open.withheld()).containsExactly(
                new DocumentPlan.Withheld("2", PartKind.HOOFDSTUK, Klasse.INTERN, 2),
                new DocumentPlan.Withheld("Bijlage 2", PartKind.BIJLAGE, Klasse.INTERN, 4));
        assertThat(open.withheld().get(1).text()).isEqualTo("Bijlage 2 — staat in de interne versie");
        assertThat(open.withheld().get(0).text()).isEqualTo("Hoofdstuk 2 — staat in de interne versie");
        assertThat(plan(Document.Nummering.STANDAARD, Set.of(), Klasse.INTERN).withheld()).isEmpty();
    }

    @Test
    void aDocumentWithoutNumberingKeepsItsAppendixNumbers() {
        assertThat(numbers(Document.Nummering.GEEN, Set.of(), Klasse.INTERN)).containsExactly(
                "inleiding=", "regels=", "brede-school=", "crisisteam=", "slot=",
                "pestprotocol=Bijlage 1", "ontruimingsplan=Bijlage 2", "meldcode=Bijlage 3");
    }
}
