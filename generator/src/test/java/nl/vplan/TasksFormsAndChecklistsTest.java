package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Checklists, task tables, forms and the yearly calendar on small hand-made content. */
class TasksFormsAndChecklistsTest {

    @TempDir
    Path temp;

    Path content;
    Path out;

    private void write(String path, String text) {
        Site.write(content, path, text);
    }

    @BeforeEach
    void content() throws Exception {
        content = temp.resolve("content");
        out = temp.resolve("site");
        write("kader.yml", """
                bestuur: Stichting Proef
                documenten:
                  - id: plan
                    titel: Plan
                    vastgesteld: 2026-09-01
                    onderdelen:
                      - bijlagen/protocol.adoc
                """);
        write("velden.yml", """
                arbo.naam: {label: Naam arbo-coördinator, type: tekst, klasse: openbaar}
                directeur.telefoon: {label: Telefoonnummer directeur, type: telefoon}
                """);
        write("bijlagen/protocol.adoc", """
                = Protocol

                == Stappen

                * [ ] Breng de leerling in veiligheid
                * [x] Bel de directeur op invul:directeur.telefoon[]
                * [ ] Noteer wat er gebeurde

                == Taken

                taken::gebouw[]

                == Formulier

                formulier::incident[]

                [.protocolkaart]
                == Kaart voor het crisisteam

                * [ ] Breng de leerling in veiligheid
                * [ ] Bel invul:directeur.telefoon[]
                """);
        write("taken/gebouw.yml", """
                taken:
                  - id: speeltoestellen
                    wat: Speeltoestellen laten inspecteren
                    wie: arbo.naam
                    frequentie: jaarlijks
                    wanneer: oktober
                    grondslag: Warenwetbesluit attractie- en speeltoestellen
                  - id: water-spoelen
                    wat: Leidingen doorspoelen
                    wie: conciërge
                    frequentie: na elke vakantie
                    wanneer: eerste schooldag na elke vakantie
                    grondslag: Legionellabeleid
                """);
        write("formulieren/incident.yml", """
                titel: Registratie incident
                velden:
                  - {kop: Gegevens}
                  - {id: datum, label: Datum, type: datum}
                  - {id: soort, label: Soort incident, type: keuze, opties: [Fysiek geweld, Anders]}
                  - {id: wat, label: "Wat is er gebeurd?", type: tekstvak}
                """);
        write("scholen/proef/school.yml", """
                naam: Proefschool
                velden:
                  arbo.naam: "K. <Klaassen>"
                  directeur.telefoon: 012-3456789
                """);
    }

    private Document page() {
        Cli.Result result = Cli.run("build", "--content", content.toString(), "--out", out.toString());
        assertThat(result.exit()).as(result.err()).isZero();
        return Site.html(out.resolve("proef/plan/protocol.html"));
    }

    @Test
    void checklistItemsAreLabelledCheckboxesWithStableKeys() throws Exception {
        Document first = page();
        List<Element> boxes = first.select(".tekst ul.checklist input[type=checkbox]");
        assertThat(boxes).hasSize(5);
        for (Element box : boxes) {
            assertThat(box.parent().tagName()).isEqualTo("label");
            assertThat(box.attr("data-item")).isNotBlank();
        }
        assertThat(boxes.get(1).hasAttr("checked")).isTrue();
        assertThat(boxes.get(0).hasAttr("checked")).isFalse();
        assertThat(first.selectFirst("body").attr("data-opslag")).isEqualTo("vplan:proef:plan/protocol");
        assertThat(first.select("script[src=../_vplan/vplan.js]")).hasSize(1);

        List<String> keys = boxes.stream().map(b -> b.attr("data-item")).toList();
        Site.replace(content.resolve("bijlagen/protocol.adoc"), "* [ ] Breng de leerling in veiligheid\n* [x]",
                "* [ ] Een nieuwe eerste stap\n* [ ] Breng de leerling in veiligheid\n* [x]");
        List<String> after = page().select(".tekst ul.checklist input[type=checkbox]").eachAttr("data-item");
        assertThat(after).hasSize(6).containsAll(keys.subList(0, 3));
        assertThat(after.subList(1, 4)).isEqualTo(keys.subList(0, 3));
    }

    @Test
    void taskTableShowsEveryColumnWithTheResponsiblePersonFilledIn() {
        Document page = page();
        Element table = page.selectFirst("table.taken");
        assertThat(table.select("thead th").eachText()).containsExactly("Taak", "Wie", "Hoe vaak", "Wanneer", "Grondslag");
        List<Element> rows = table.select("tbody tr");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).select("td").eachText()).containsExactly("Speeltoestellen laten inspecteren",
                "K. <Klaassen>", "jaarlijks", "oktober", "Warenwetbesluit attractie- en speeltoestellen");
        assertThat(rows.get(0).selectFirst("input[type=checkbox]").attr("data-item")).isEqualTo("taak-speeltoestellen");
        assertThat(rows.get(1).select("td").get(1).text()).isEqualTo("conciërge");
        assertThat(table.closest("[data-checklist]")).isNotNull();
    }

    @Test
    void formHasALabelForEveryField() {
        Element form = page().selectFirst("form.formulier");
        assertThat(form.selectFirst(".formulier-titel").text()).isEqualTo("Registratie incident");
        assertThat(form.selectFirst("input[type=date]").id()).isEqualTo("f-incident-datum");
        assertThat(form.select("label[for=f-incident-datum]").text()).isEqualTo("Datum");
        assertThat(form.select("fieldset legend").text()).isEqualTo("Soort incident");
        assertThat(form.select("input[type=radio]").eachAttr("value")).containsExactly("Fysiek geweld", "Anders");
        assertThat(form.select("textarea")).hasSize(1);
        assertThat(form.select("label[for=f-incident-wat]").text()).isEqualTo("Wat is er gebeurd?");
    }

    @Test
    void protocolCardIsAPageOfItsOwnWithTheSchoolsValues() {
        Document page = page();
        assertThat(page.select("a[href=protocol-kaart.html]")).hasSize(1);
        Document card = Site.html(out.resolve("proef/plan/protocol-kaart.html"));
        assertThat(card.selectFirst("h1").text()).isEqualTo("Kaart voor het crisisteam: Protocol");
        assertThat(card.select("input[type=checkbox]")).hasSize(2);
        assertThat(card.text()).contains("012-3456789").contains("Proefschool");
    }

    @Test
    void yearlyCalendarIsAValidIcsAndAPageByMonth() throws Exception {
        page();
        String ics = Files.readString(out.resolve("proef/jaarplanning.ics"));
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1 + 5);
        VEvent inspection = events.get(0);
        assertThat(inspection.getSummary().getValue()).isEqualTo("Speeltoestellen laten inspecteren");
        assertThat(inspection.getProperty("DTSTART").orElseThrow().getValue()).isEqualTo("20261001");
        assertThat(inspection.getProperty("RRULE").orElseThrow().getValue()).isEqualTo("FREQ=YEARLY");
        assertThat(inspection.getDescription().getValue()).contains("Wie: K. <Klaassen>");

        Document planning = Site.html(out.resolve("proef/jaarplanning.html"));
        assertThat(planning.selectFirst("h1").text()).isEqualTo("Jaarplanning veiligheid 2026–2027");
        Element october = planning.getElementById("maand-10").parent();
        assertThat(october.text()).contains("Speeltoestellen laten inspecteren", "K. <Klaassen>");
        Element september = planning.getElementById("maand-9").parent();
        assertThat(september.text()).contains("Leidingen doorspoelen").doesNotContain("Speeltoestellen");
        assertThat(Site.html(out.resolve("proef/index.html")).select("a[href=jaarplanning.html]")).hasSize(1);
    }

    @Test
    void taskMistakesNameFileAndLine() throws Exception {
        write("taken/gebouw.yml", """
                taken:
                  - id: speeltoestellen
                    wat: Speeltoestellen laten inspecteren
                    wie: arbo.nam
                    frequentie: jaarlijk
                    wanneer: oktober
                  - id: water
                    wat: Doorspoelen
                """);
        write("bijlagen/protocol.adoc", "= Protocol\n\ntaken::gebuow[]\n\nformulier::incdent[]\n");
        Path tasks = content.resolve("taken/gebouw.yml");
        Path part = content.resolve("bijlagen/protocol.adoc");

        Cli.Result result = Cli.run("build", "--content", content.toString(), "--out", out.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err())
                .contains(Site.placeOf(tasks, "wie: arbo.nam") + ": fout: onbekend veld 'arbo.nam' bij 'wie'")
                .contains(Site.placeOf(tasks, "frequentie: jaarlijk") + ": fout: onbekende frequentie 'jaarlijk'").contains("bedoelt u 'jaarlijks'?")
                .contains(Site.placeOf(tasks, "id: speeltoestellen") + ": fout: 'grondslag' ontbreekt in taak 'speeltoestellen'")
                .contains(Site.placeOf(tasks, "id: water") + ": fout: 'wie' ontbreekt in taak 'water'")
                .contains(Site.placeOf(part, "gebuow") + ": fout: onbekende takenlijst 'gebuow'")
                .contains(Site.placeOf(part, "incdent") + ": fout: onbekend formulier 'incdent'");
        assertThat(out).doesNotExist();
    }
}
