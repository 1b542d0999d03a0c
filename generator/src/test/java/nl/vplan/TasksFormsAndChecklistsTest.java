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
        assertThat(first.select("script[src=../../_vplan/vplan.js]")).hasSize(1);

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
        assertThat(events).as("this school year and the next: twice yearly, twice five times after the holidays").hasSize(2 + 10);
        List<VEvent> inspections = events.stream().filter(e -> e.getSummary().getValue().equals("Speeltoestellen laten inspecteren")).toList();
        assertThat(inspections).extracting(e -> e.getProperty("DTSTART").orElseThrow().getValue()).containsExactly("20261001", "20271001");
        assertThat(inspections.get(0).getProperty("RRULE")).as("each event on its own school day").isEmpty();
        assertThat(inspections.get(0).getDescription().getValue()).contains("Wie: K. <Klaassen>");
        assertThat(calendar.getProperty("X-WR-CALNAME").orElseThrow().getValue()).isEqualTo("Jaarplanning veiligheid — Proefschool");

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

    /** The frame of the calendar tests: a choice of consent, the holiday region, an optional part and the RI&E date. */
    private void boardWithChoicesAndHolidays() {
        write("kader.yml", """
                bestuur: Stichting Proef
                documenten:
                  - id: plan
                    titel: Plan
                    vastgesteld: 2026-09-01
                    onderdelen:
                      - bijlagen/protocol.adoc
                      - {bestand: bijlagen/overblijf.adoc, optioneel: true}
                keuzes:
                  toestemming:
                    vraag: Hoe geven ouders toestemming voor beeldmateriaal?
                    opties: {vooraf: Vooraf, bezwaar: Bezwaar maken}
                    standaard: vooraf
                  regio:
                    vraag: In welke vakantieregio ligt de school?
                    opties: {noord: Noord, midden: Midden, zuid: Zuid}
                    standaard: midden
                """);
        write("bijlagen/overblijf.adoc", "= Overblijven\n\nTekst.\n");
        write("velden.yml", """
                arbo.naam: {label: Naam arbo-coördinator, type: tekst, klasse: openbaar}
                directeur.telefoon: {label: Telefoonnummer directeur, type: telefoon}
                rie.datum: {label: Datum van de laatste RI&E, type: datum}
                """);
        write("vakanties.yml", """
                schooljaren:
                  "2025-2026":
                    zomervakantie: {noord: {van: 2026-07-04, tot: 2026-08-16}, zuid: {van: 2026-07-11, tot: 2026-08-23}}
                  "2026-2027":
                    herfstvakantie: {noord: {van: 2026-10-17, tot: 2026-10-25}, zuid: {van: 2026-09-26, tot: 2026-10-11}}
                    kerstvakantie: {van: 2026-12-19, tot: 2027-01-10}
                    zomervakantie: {van: 2027-07-10, tot: 2027-08-29}
                  "2027-2028":
                    herfstvakantie: {van: 2027-09-25, tot: 2027-10-10}
                    voorjaarsvakantie: {zuid: {van: 2028-02-19, tot: 2028-02-27}}
                    zomervakantie: {van: 2028-07-08, tot: 2028-08-27}
                """);
    }

    @Test
    void tasksWithAConditionShowOnlyForTheSchoolsThatFit() throws Exception {
        boardWithChoicesAndHolidays();
        write("taken/gebouw.yml", """
                taken:
                  - {id: speeltoestellen, wat: Speeltoestellen laten inspecteren, wie: arbo.naam, frequentie: jaarlijks, wanneer: oktober, grondslag: Warenwet}
                  - {id: bezwaren, wat: Bezwaren van ouders verwerken, wie: arbo.naam, frequentie: jaarlijks, wanneer: oktober, grondslag: AVG, als: keuze-toestemming-bezwaar}
                  - {id: overblijf, wat: Overblijfkrachten instrueren, wie: arbo.naam, frequentie: jaarlijks, wanneer: oktober, grondslag: Beleid, als: [onderdeel-overblijf]}
                  - {id: zonder-overblijf, wat: Pleinwacht tussen de middag roosteren, wie: arbo.naam, frequentie: jaarlijks, wanneer: oktober, grondslag: Beleid, niet-als: onderdeel-overblijf}
                """);
        write("scholen/proef/school.yml", "naam: Proefschool\nkeuzes: {toestemming: bezwaar, regio: midden}\n");
        write("scholen/vooraf/school.yml", "naam: School Vooraf\nkeuzes: {toestemming: vooraf, regio: midden}\nonderdelen: {uit: [overblijf]}\n");
        page();
        for (String school : List.of("proef", "vooraf")) {
            boolean objections = school.equals("proef");
            List<String> table = Site.html(out.resolve(school + "/plan/protocol.html")).select("table.taken tbody tr").eachText();
            String calendar = Site.html(out.resolve(school + "/jaarplanning.html")).text();
            String ics = Files.readString(out.resolve(school + "/jaarplanning.ics"));
            for (String text : List.of(String.join("\n", table), calendar, ics)) {
                assertThat(text).as(school).contains("Speeltoestellen laten inspecteren");
                assertThat(text.contains("Bezwaren van ouders verwerken")).as(school + ": als keuze").isEqualTo(objections);
                assertThat(text.contains("Overblijfkrachten instrueren")).as(school + ": als onderdeel").isEqualTo(objections);
                assertThat(text.contains("Pleinwacht tussen de middag")).as(school + ": niet-als onderdeel").isEqualTo(!objections);
            }
        }
    }

    @Test
    void theCalendarPlansOnSchoolDaysOfTheRegionAndFromTheSchoolsOwnDate() throws Exception {
        boardWithChoicesAndHolidays();
        write("taken/gebouw.yml", """
                taken:
                  - {id: schouw, wat: Schouw, wie: arbo.naam, frequentie: begin schooljaar, wanneer: augustus, grondslag: Arbowet}
                  - {id: oktober, wat: Oktoberronde, wie: arbo.naam, frequentie: jaarlijks, wanneer: oktober, grondslag: Beleid}
                  - {id: januari, wat: Nieuwjaarsronde, wie: arbo.naam, frequentie: jaarlijks, wanneer: januari, grondslag: Beleid}
                  - {id: week, wat: Weekronde, wie: arbo.naam, frequentie: wekelijks, wanneer: elke week, grondslag: Beleid}
                  - {id: spoelen, wat: Spoelen, wie: arbo.naam, frequentie: na elke vakantie, wanneer: na elke vakantie, grondslag: Beleid}
                  - {id: rie, wat: RI&E uitvoeren, wie: arbo.naam, frequentie: elke 4 jaar, wanneer: januari, grondslag: Arbowet, vanaf: rie.datum}
                """);
        write("scholen/proef/school.yml", "naam: Proefschool\nvelden: {rie.datum: \"2024-02-20\"}\nkeuzes: {toestemming: vooraf, regio: zuid}\n");
        write("scholen/noord/school.yml", "naam: School Noord\nkeuzes: {toestemming: vooraf, regio: noord}\n");
        page();
        var holidays = Site.yaml(content.resolve("vakanties.yml")).path("schooljaren");
        for (String school : List.of("proef", "noord")) {
            String region = school.equals("proef") ? "zuid" : "noord";
            Calendar calendar = new CalendarBuilder().build(new StringReader(Files.readString(out.resolve(school + "/jaarplanning.ics"))));
            List<VEvent> events = calendar.getComponents("VEVENT");
            assertThat(events).hasSizeGreaterThan(60);
            for (VEvent event : events) {
                java.time.LocalDate day = java.time.LocalDate.parse(event.getProperty("DTSTART").orElseThrow().getValue(),
                        java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
                String what = school + ": " + event.getSummary().getValue() + " on " + day;
                assertThat(day.getDayOfWeek()).as(what).isNotIn(java.time.DayOfWeek.SATURDAY, java.time.DayOfWeek.SUNDAY);
                assertThat(day).as(what).isNotIn(java.time.LocalDate.of(2027, 1, 1), java.time.LocalDate.of(2027, 3, 29),
                        java.time.LocalDate.of(2027, 4, 27), java.time.LocalDate.of(2027, 5, 6), java.time.LocalDate.of(2027, 5, 17));
                holidays.forEach(year -> year.fields().forEachRemaining(holiday -> {
                    var period = holiday.getValue().has("van") ? holiday.getValue() : holiday.getValue().path(region);
                    if (period.has("van")) {
                        boolean inside = !day.isBefore(java.time.LocalDate.parse(period.path("van").asText()))
                                && !day.isAfter(java.time.LocalDate.parse(period.path("tot").asText()));
                        assertThat(inside).as(what + " in " + holiday.getKey()).isFalse();
                    }
                }));
            }
        }
        String proef = Files.readString(out.resolve("proef/jaarplanning.ics"));
        assertThat(proef).contains("DTSTART;VALUE=DATE:20260824\r\nSUMMARY:Schouw").as("after zuid's summer holiday");
        assertThat(proef).contains("DTSTART;VALUE=DATE:20261012\r\nSUMMARY:Oktoberronde").as("after zuid's autumn holiday");
        assertThat(proef).contains("DTSTART;VALUE=DATE:20270111\r\nSUMMARY:Nieuwjaarsronde");
        // the RI&E of 20 February 2024 is due four years later: Monday 28 February 2028, after zuid's spring holiday
        List<String> rie = new CalendarBuilder().build(new StringReader(proef)).<VEvent>getComponents("VEVENT").stream()
                .filter(e -> e.getSummary().getValue().equals("RI&E uitvoeren"))
                .map(e -> e.getProperty("DTSTART").orElseThrow().getValue()).toList();
        assertThat(rie).containsExactly("20280228");
        assertThat(Files.readString(out.resolve("noord/jaarplanning.ics"))).as("no date of its own: its month")
                .contains("DTSTART;VALUE=DATE:20270111\r\nSUMMARY:RI&E uitvoeren");
        Document page = Site.html(out.resolve("proef/jaarplanning.html"));
        assertThat(page.selectFirst("h1").text()).isEqualTo("Jaarplanning veiligheid 2026–2027");
        assertThat(page.getElementById("maand-8").parent().text()).contains("Schouw", "maandag 24 augustus 2026");
        assertThat(page.text()).doesNotContain("RI&E uitvoeren").as("due in 2027-2028, not on this year's page");
    }

    @Test
    void conditionDateAndScheduleMistakesNameFileAndLine() throws Exception {
        boardWithChoicesAndHolidays();
        write("taken/gebouw.yml", """
                taken:
                  - id: bezwaren
                    wat: Bezwaren verwerken
                    wie: arbo.naam
                    frequentie: jaarlijks
                    wanneer: januari en juli
                    grondslag: AVG
                    als: keuze-toestemming-bezwaren
                    vanaf: rie.datun
                  - id: register
                    wat: Register bijwerken
                    wie: arbo.naam
                    frequentie: per kwartaal
                    wanneer: oktober
                    grondslag: Arbowet
                    niet-als: [onderdeel-overblijf, onderdeel-overblijven]
                    vanaf: arbo.naam
                """);
        Path tasks = content.resolve("taken/gebouw.yml");
        Cli.Result result = Cli.run("check", "--content", content.toString());
        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.err())
                .contains(Site.placeOf(tasks, "wanneer: januari en juli") + ": fout: de maanden passen niet bij de frequentie van taak 'bezwaren'")
                .contains("is het 'halfjaarlijks'?")
                .contains(Site.placeOf(tasks, "als: keuze-toestemming-bezwaren") + ": fout: onbekende keuze of onderdeel 'keuze-toestemming-bezwaren' bij 'als'")
                .contains("bedoelt u 'keuze-toestemming-bezwaar'?")
                .contains(Site.placeOf(tasks, "vanaf: rie.datun") + ": fout: onbekend veld 'rie.datun' bij 'vanaf'")
                .contains(Site.placeOf(tasks, "wanneer: oktober") + ": fout: de maanden passen niet bij de frequentie van taak 'register': "
                        + "'per kwartaal' vraagt vier maanden")
                .contains(Site.placeOf(tasks, "onderdeel-overblijven") + ": fout: onbekende keuze of onderdeel 'onderdeel-overblijven' bij 'niet-als'")
                .contains(Site.placeOf(tasks, "vanaf: arbo.naam") + ": fout: 'vanaf' noemt een datumveld");
    }

    @Test
    void aDocumentThatIsNoSafetyPlanSetsItsOwnWords() throws Exception {
        write("kader.yml", """
                bestuur: Stichting Proef
                documenten:
                  - id: plan
                    titel: Gedragscode
                    vastgesteld: 2026-09-01
                    labels:
                      jaarplanning: Jaarplanning gedragscode
                      categorie: Gedragscode
                      kaart: Kaart voor de leraar
                      zoekvoorbeeld: wachtwoord
                    onderdelen:
                      - bijlagen/protocol.adoc
                """);
        page();
        Document planning = Site.html(out.resolve("proef/jaarplanning.html"));
        assertThat(planning.selectFirst("h1").text()).isEqualTo("Jaarplanning gedragscode 2026–2027");
        assertThat(planning.select("#zoekvak-term").attr("placeholder")).isEqualTo("Zoeken, bijv. wachtwoord");
        String ics = Files.readString(out.resolve("proef/jaarplanning.ics"));
        assertThat(ics).contains("CATEGORIES:Gedragscode", "X-WR-CALNAME:Jaarplanning gedragscode — Proefschool",
                "PRODID:-//vplan//Jaarplanning gedragscode//NL").doesNotContain("Veiligheid");
        Document start = Site.html(out.resolve("proef/index.html"));
        assertThat(start.select("a[href=jaarplanning.html]").text()).isEqualTo("Jaarplanning gedragscode");
        Document part = Site.html(out.resolve("proef/plan/protocol.html"));
        assertThat(part.select("a[href=protocol-kaart.html]").text()).startsWith("Kaart voor de leraar");
        assertThat(part.select("#zoekvak-term").attr("placeholder")).isEqualTo("Zoeken, bijv. wachtwoord");
        assertThat(Site.html(out.resolve("proef/plan/protocol-kaart.html")).selectFirst("h1").text())
                .isEqualTo("Kaart voor de leraar: Protocol");
        assertThat(Site.html(out.resolve("proef/zoeken.html")).select("#zoekvak-term").attr("placeholder"))
                .isEqualTo("Zoeken, bijv. wachtwoord");
    }
}
