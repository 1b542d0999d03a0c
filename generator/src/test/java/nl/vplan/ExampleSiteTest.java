package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds the repository's example content once, as a user would, and checks the site it makes:
 * the school list, start pages, part pages with navigation, fill-ins and completeness.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExampleSiteTest {

    @TempDir
    static Path temp;

    Path site;
    JsonNode velden;
    JsonNode kader;

    @BeforeAll
    void buildExample() {
        site = temp.resolve("site");
        Cli.Result result = Cli.run("build", "--content", Cli.EXAMPLE.toString(), "--out", site.toString());
        assertThat(result.exit()).as(result.err()).isZero();
        velden = Site.yaml(Cli.EXAMPLE.resolve("velden.yml"));
        kader = Site.yaml(Cli.EXAMPLE.resolve("kader.yml"));
    }

    private JsonNode school(String id) {
        return Site.yaml(Cli.EXAMPLE.resolve("scholen").resolve(id).resolve("school.yml"));
    }

    private JsonNode completeness(String id) {
        return Site.json(site.resolve(id).resolve("volledigheid.json"));
    }

    /** The pages of every document of kader.yml for one school: the completeness report covers them all. */
    private List<Path> documentPages(String school) {
        List<Path> pages = new ArrayList<>();
        kader.path("documenten").forEach(d -> pages.addAll(Site.pages(site.resolve(school).resolve(d.path("id").asText()), 2)));
        assertThat(kader.path("documenten").size()).as("documents in kader.yml").isGreaterThanOrEqualTo(2);
        return pages;
    }

    @Test
    void siteIndexListsEverySchoolWithItsPercentage() {
        Document index = Site.html(site.resolve("index.html"));
        for (String id : List.of("de-regenboog", "het-kompas", "de-wilgen")) {
            Element link = index.selectFirst("a[href=" + id + "/index.html]");
            assertThat(link).as(id).isNotNull();
            assertThat(link.text()).isEqualTo(school(id).path("naam").asText());
            Element row = link.closest("tr");
            assertThat(row.selectFirst(".percentage").text()).isEqualTo(completeness(id).path("percentage").asInt() + "%");
        }
        assertThat(completeness("de-regenboog").path("percentage").asInt()).isEqualTo(100);
        assertThat(completeness("de-wilgen").path("percentage").asInt()).isZero();
        assertThat(completeness("het-kompas").path("percentage").asInt()).isBetween(30, 70);
    }

    @Test
    void documentStartPageShowsThePlansMetadata() {
        JsonNode plan = kader.path("documenten").get(0);
        Document start = Site.html(site.resolve("het-kompas/veiligheidsplan/index.html"));
        assertThat(start.select("h1")).hasSize(1);
        assertThat(start.selectFirst("h1").text()).isEqualTo(plan.path("titel").asText());
        assertThat(metadata(start, "Bestuur")).isEqualTo(kader.path("bestuur").asText());
        assertThat(metadata(start, "School")).isEqualTo(school("het-kompas").path("naam").asText());
        assertThat(metadata(start, "Titel")).isEqualTo(plan.path("titel").asText());
        assertThat(metadata(start, "Versie")).isEqualTo(plan.path("versie").asText());
        assertThat(metadata(start, "Proceseigenaar")).isEqualTo(plan.path("proceseigenaar").asText());
        assertThat(metadata(start, "Vastgesteld")).matches("\\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \\d{4}");
        assertThat(metadata(start, "Volgende evaluatie")).matches("\\d{1,2} [a-z]+ \\d{4}");
        Document schoolStart = Site.html(site.resolve("het-kompas/index.html"));
        assertThat(schoolStart.select("a[href=veiligheidsplan/index.html]")).isNotEmpty();
        assertThat(schoolStart.select("a[href=volledigheid.html]")).isNotEmpty();
    }

    @Test
    void documentStartPageShowsTheVersionHistoryNewestFirst() {
        JsonNode versies = kader.path("documenten").get(0).path("versies");
        assertThat(versies.size()).isEqualTo(3);
        Document start = Site.html(site.resolve("de-regenboog/veiligheidsplan/index.html"));
        Element heading = start.selectFirst("main h2#versiebeheer");
        assertThat(heading).isNotNull();
        assertThat(heading.text()).isEqualTo("Versiebeheer");
        Element table = heading.nextElementSibling();
        assertThat(table.is("table.versiebeheer")).isTrue();
        assertThat(table.select("thead th[scope=col]").eachText()).containsExactly("Versie", "Datum", "Wijzigingen");
        assertThat(table.select("tbody tr")).hasSize(3);
        for (int i = 0; i < 3; i++) {
            List<String> cells = table.select("tbody tr").get(i).select("td").eachText();
            assertThat(cells).containsExactly(versies.get(i).path("versie").asText(),
                    nl.vplan.model.DutchDate.of(versies.get(i).path("datum").asText()), versies.get(i).path("wijzigingen").asText());
        }
        assertThat(table.select("tbody td:eq(0)").eachText()).containsExactly("3.1", "3.0", "2.0");
        assertThat(table.select("tbody td:eq(1)").eachText()).containsExactly("1 september 2026", "1 september 2025", "1 september 2023");
        assertThat(Site.html(site.resolve("de-regenboog/gedragscode-ict/index.html")).select("table.versiebeheer tbody tr")).hasSize(1);
    }

    private static String metadata(Document page, String label) {
        for (Element row : page.select("table.metadata tr")) {
            if (row.selectFirst("th").text().equals(label)) {
                return row.selectFirst("td").text();
            }
        }
        throw new AssertionError("no metadata row " + label);
    }

    @Test
    void everyPartHasAPageWithSidebarContentsAndNeighbours() {
        for (String id : List.of("de-regenboog", "het-kompas", "de-wilgen")) {
            Path doc = site.resolve(id).resolve("veiligheidsplan");
            Document start = Site.html(doc.resolve("index.html"));
            List<String> parts = start.select(".zijbalk .onderdelen a").eachAttr("href");
            assertThat(parts).hasSizeGreaterThanOrEqualTo(11);
            for (int i = 0; i < parts.size(); i++) {
                Path file = doc.resolve(parts.get(i));
                assertThat(file).as(id + " " + parts.get(i)).exists();
                Document page = Site.html(file);
                assertThat(page.select("h1")).hasSize(1);
                assertThat(page.select(".zijbalk .onderdelen a").eachAttr("href")).isEqualTo(parts);
                assertThat(page.select(".zijbalk [aria-current=page]").attr("href")).isEqualTo(parts.get(i));
                String previous = page.select("a[rel=prev]").attr("href");
                assertThat(previous).isEqualTo(i == 0 ? "index.html" : parts.get(i - 1));
                String next = page.select("a[rel=next]").attr("href");
                assertThat(next).isEqualTo(i + 1 < parts.size() ? parts.get(i + 1) : "");
                for (Element tocLink : page.select(".paginainhoud a")) {
                    assertThat(page.getElementById(tocLink.attr("href").substring(1))).as(tocLink.attr("href")).isNotNull();
                }
            }
        }
        Document chapter = Site.html(site.resolve("de-regenboog/veiligheidsplan/coordinatie.html"));
        assertThat(chapter.select(".paginainhoud a")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(chapter.selectFirst("h1").text()).startsWith("1. ");
    }

    @Test
    void theCompleteSchoolShowsItsValuesAndNoBlanks() {
        JsonNode values = school("de-regenboog").path("velden");
        int checked = 0;
        for (Path page : Site.pages(site.resolve("de-regenboog"), 25)) {
            Document html = Site.html(page);
            assertThat(html.select(".invul-open")).as(page.toString()).isEmpty();
            for (Element value : html.select(".invul-ingevuld")) {
                String field = value.attr("data-veld");
                // the built-in school.naam is the naam of school.yml, a board's value is velden.yml's waarde,
                // every other value comes from the school's velden
                String expected = field.equals("school.naam") ? school("de-regenboog").path("naam").asText()
                        : velden.path(field).has("waarde") ? velden.path(field).path("waarde").asText()
                        : values.path(field).asText().strip().replace("\n", "");
                if (velden.path(field).path("type").asText().equals("datum")) {
                    expected = java.time.LocalDate.parse(expected)
                            .format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl")));
                }
                assertThat(value.wholeText().replace("\n", "")).isEqualTo(expected);
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(30);
        assertThat(completeness("de-regenboog").path("open").asInt()).isZero();
    }

    @Test
    void openFieldsShowTheirLabelAndEveryPlaceIsListed() {
        JsonNode report = completeness("de-wilgen");
        Set<String> fieldsInPages = new TreeSet<>();
        for (Path page : documentPages("de-wilgen")) {
            for (Element blank : Site.html(page).select(".invul-open[data-veld]")) {
                String field = blank.attr("data-veld");
                fieldsInPages.add(field);
                assertThat(blank.text()).endsWith(velden.path(field).path("label").asText());
            }
        }
        Set<String> fieldsInReport = new TreeSet<>();
        report.path("velden").fieldNames().forEachRemaining(fieldsInReport::add);
        assertThat(fieldsInReport).isEqualTo(fieldsInPages).hasSizeGreaterThanOrEqualTo(30);
        int openSlots = 0;
        for (Iterator<JsonNode> it = report.path("schoolonderdelen").elements(); it.hasNext(); ) {
            openSlots += it.next().path("status").asText().equals("open") ? 1 : 0;
        }
        // de-wilgen answers none of the board's choices: each is open, its default applies
        assertThat(report.path("keuzes").size()).isEqualTo(kader.path("keuzes").size()).isPositive();
        report.path("keuzes").fields().forEachRemaining(e -> {
            assertThat(e.getValue().path("status").asText()).as(e.getKey()).isEqualTo("open");
            assertThat(e.getValue().path("optie").asText()).isEqualTo(kader.path("keuzes").path(e.getKey()).path("standaard").asText());
        });
        assertThat(report.path("open").asInt()).isEqualTo(fieldsInPages.size() + openSlots + report.path("keuzes").size());
        assertThat(report.path("ingevuld").asInt()).isZero();

        Document completenessPage = Site.html(site.resolve("de-wilgen/volledigheid.html"));
        JsonNode bhv = kader.path("keuzes").path("bhv");
        Element bhvRow = completenessPage.selectFirst("tr.keuze-open:has(code:containsOwn(bhv))");
        assertThat(bhvRow).as("the unanswered choice bhv on the completeness page").isNotNull();
        assertThat(bhvRow.text()).isEqualTo(bhv.path("vraag").asText() + " keuze bhv nog niet gekozen; nu geldt: "
                + bhv.path("opties").path(bhv.path("standaard").asText()).asText());
        assertThat(completenessPage.select("tr.keuze-open")).hasSize(kader.path("keuzes").size());
        for (String field : fieldsInReport) {
            JsonNode entry = report.path("velden").path(field);
            assertThat(entry.path("label").asText()).isEqualTo(velden.path(field).path("label").asText());
            assertThat(entry.path("klasse").asText()).isIn("openbaar", "intern", "vertrouwelijk");
            assertThat(entry.path("status").asText()).isEqualTo("open");
            for (JsonNode place : entry.path("plaatsen")) {
                String href = place.path("href").asText();
                Path page = site.resolve("de-wilgen").resolve(href.substring(0, href.indexOf('#')));
                Element target = Site.html(page).getElementById(href.substring(href.indexOf('#') + 1));
                assertThat(target).as(href).isNotNull();
                assertThat(target.attr("data-veld")).isEqualTo(field);
                assertThat(completenessPage.select("a[href=" + href + "]")).as(href).isNotEmpty();
            }
        }
    }

    @Test
    void halfFilledSchoolCountsMatchItsPages() {
        JsonNode report = completeness("het-kompas");
        Set<String> filled = new HashSet<>();
        Set<String> open = new HashSet<>();
        for (Path page : documentPages("het-kompas")) {
            Site.html(page).select(".invul-ingevuld[data-veld]").forEach(e -> filled.add(e.attr("data-veld")));
            Site.html(page).select(".invul-open[data-veld]").forEach(e -> open.add(e.attr("data-veld")));
        }
        assertThat(filled).doesNotContainAnyElementsOf(open);
        JsonNode values = school("het-kompas").path("velden");
        assertThat(filled).as("the school's own name is shown by the built-in field").contains("school.naam");
        filled.stream().filter(f -> !f.equals("school.naam") && !velden.path(f).has("waarde"))
                .forEach(f -> assertThat(values.has(f)).as(f).isTrue());
        open.forEach(f -> assertThat(values.has(f)).as(f).isFalse());
        List<String> reportOpen = new ArrayList<>();
        report.path("velden").fields().forEachRemaining(e -> {
            if (e.getValue().path("status").asText().equals("open")) {
                reportOpen.add(e.getKey());
            }
        });
        assertThat(reportOpen).containsExactlyInAnyOrderElementsOf(open);
        assertThat(report.path("schoolonderdelen").path("schoolregels").path("status").asText()).isEqualTo("open");
        assertThat(completeness("de-regenboog").path("schoolonderdelen").path("schoolregels").path("status").asText())
                .isEqualTo("ingevuld");
    }

    @Test
    void everyDocumentOfTheBoardHasItsStartLinkPagesAndHandbookForEverySchool() throws Exception {
        assertThat(kader.path("documenten").size()).isGreaterThanOrEqualTo(2);
        for (String school : List.of("de-regenboog", "het-kompas", "de-wilgen")) {
            Document start = Site.html(site.resolve(school).resolve("index.html"));
            for (JsonNode document : kader.path("documenten")) {
                String id = document.path("id").asText();
                String titel = document.path("titel").asText();
                assertThat(start.select("a[href=" + id + "/index.html]").eachText()).as(school).contains(titel);
                for (JsonNode part : document.path("onderdelen")) {
                    String file = part.isTextual() ? part.asText() : part.path("optioneel").asBoolean() ? "" : part.path("bestand").asText();
                    if (!file.isEmpty()) {
                        String page = file.substring(file.lastIndexOf('/') + 1).replace(".adoc", ".html");
                        assertThat(site.resolve(school).resolve(id).resolve(page)).as(school).exists();
                    }
                }
                try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(
                        site.resolve(school).resolve(id + ".pdf").toFile())) {
                    // the title names the edition and, while fields are open, the concept
                    assertThat(pdf.getDocumentInformation().getTitle()).startsWith(titel + " (Interne versie")
                            .endsWith(") — " + school(school).path("naam").asText());
                    assertThat(pdf.getNumberOfPages()).isGreaterThan(document.path("onderdelen").size());
                }
            }
        }
        assertThat(PdfUa.failures(site.resolve("de-regenboog/gedragscode-ict.pdf"))).as("veraPDF PDF/UA-1 failures").isEmpty();
    }

    @Test
    void theIctCodeFollowsEachSchoolsBuildingBlocks() {
        String leerlingen = "gedragscode-ict/ict-leerlingen.html";
        String medewerkers = "gedragscode-ict/ict-medewerkers.html";
        assertThat(Site.html(site.resolve("de-regenboog").resolve(leerlingen)).text())
                .contains("lever je hem 's ochtends in").doesNotContain("zit hij in je tas").doesNotContain("blijft thuis");
        assertThat(Site.html(site.resolve("het-kompas").resolve(leerlingen)).text())
                .contains("zit hij in je tas").doesNotContain("lever je hem 's ochtends in").doesNotContain("blijft thuis");
        assertThat(Site.html(site.resolve("de-wilgen").resolve(leerlingen)).text()) // no answers: the board's default
                .contains("blijft thuis").doesNotContain("zit hij in je tas");
        String regenboog = Site.html(site.resolve("de-regenboog").resolve(medewerkers)).text();
        String kompas = Site.html(site.resolve("het-kompas").resolve(medewerkers)).text();
        assertThat(regenboog).contains("OneDrive", "versleutelde stick", "Meld het apparaat vooraf aan")
                .doesNotContain("externe bureaublad", "alleen apparaten van school");
        assertThat(kompas).contains("externe bureaublad", "alleen apparaten van school", "Sluit geen USB-sticks")
                .doesNotContain("OneDrive", "Meld het apparaat vooraf aan");
        // the list of device requirements is left out where own devices are not allowed
        assertThat(regenboog).contains("beveilig je het met een wachtwoord");
        assertThat(kompas).doesNotContain("beveilig je het met een wachtwoord");
    }

    @Test
    void aSwitchedOffPartHasNoPageAndNoLink() {
        assertThat(site.resolve("de-regenboog/veiligheidsplan/brede-school.html")).exists();
        assertThat(site.resolve("het-kompas/veiligheidsplan/brede-school.html")).doesNotExist();
        for (Path page : Site.pages(site.resolve("het-kompas"), 25)) {
            assertThat(Site.html(page).select("a[href*=brede-school]")).as(page.toString()).isEmpty();
        }
    }

    @Test
    void theSiteMakesNoExternalRequestsAndLinksStayRelative() throws Exception {
        for (Path page : Site.pages(site, 80)) {
            Document html = Site.html(page);
            for (Element e : html.select("[src], link[href], script, img, iframe, object, embed")) {
                String ref = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                assertThat(ref).as(page + ": " + e).doesNotContain("//").doesNotStartWith("/");
            }
            for (Element a : html.select("a[href]")) {
                String href = a.attr("href");
                assertThat(href).as(page.toString()).doesNotStartWith("/");
                if (href.startsWith("#") || href.contains(":")) {
                    continue;
                }
                String file = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
                assertThat(page.getParent().resolve(file).normalize()).as(page + " → " + href).exists();
            }
        }
        String css = Files.readString(site.resolve("_vplan/vplan.css"));
        assertThat(css).doesNotContain("@import").doesNotContain("url(");
    }

    @Test
    void protocolsAreChecklistsWithAPrintableCardForTheCrisisTeam() {
        for (String protocol : List.of("pestprotocol", "agressieprotocol", "opvang-personeel", "opvang-leerlingen",
                "rouwprotocol", "meldcode")) {
            Document page = Site.html(site.resolve("de-regenboog/veiligheidsplan/" + protocol + ".html"));
            assertThat(page.select("ul.checklist label > input[type=checkbox][data-item]")).as(protocol).hasSizeGreaterThanOrEqualTo(4);
            assertThat(page.select("a[href=" + protocol + "-kaart.html]")).as(protocol).hasSize(1);
            Document card = Site.html(site.resolve("de-regenboog/veiligheidsplan/" + protocol + "-kaart.html"));
            assertThat(card.select("input[type=checkbox]")).as(protocol).hasSizeBetween(3, 10);
            assertThat(card.select(".invul-ingevuld")).as(protocol + " contacts filled in").isNotEmpty();
            assertThat(card.select(".invul-open")).isEmpty();
        }
        Document pesten = Site.html(site.resolve("de-regenboog/veiligheidsplan/pestprotocol.html"));
        assertThat(pesten.text()).contains("Stap 4", "Consequenties in vijf fasen");
        Document meldcode = Site.html(site.resolve("de-regenboog/veiligheidsplan/meldcode.html"));
        assertThat(meldcode.text()).containsIgnoringCase("stap 5").containsIgnoringCase("afwegingskader");
    }

    @Test
    void tasksFormsAndTheYearlyCalendarOfTheExample() throws Exception {
        Document tasks = Site.html(site.resolve("het-kompas/veiligheidsplan/jaarplanning.html"));
        assertThat(tasks.select("table.taken tbody tr")).hasSizeGreaterThanOrEqualTo(12);
        String ics = Files.readString(site.resolve("het-kompas/jaarplanning.ics"));
        assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT").contains("X-WR-CALNAME:Jaarplanning veiligheid — Basisschool Het Kompas");
        Document planning = Site.html(site.resolve("het-kompas/jaarplanning.html"));
        assertThat(planning.select("section h2").eachText()).contains("September 2026", "Juli 2027");
        // De Regenboog's RI&E of 20 February 2024 is due four years later, after the spring holiday of regio zuid
        assertThat(Files.readString(site.resolve("de-regenboog/jaarplanning.ics")).replace("\r\n ", ""))
                .contains("DTSTART;VALUE=DATE:20280221\r\nSUMMARY:Risico-inventarisatie");
        // in the calendar, every task of the example is planned as often in 2026-2027 as its frequency says
        var events = new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(ics))
                .<net.fortuna.ical4j.model.component.VEvent>getComponents("VEVENT");
        for (String file : List.of("taken/gebouw.yml", "taken/veiligheid.yml")) {
            for (JsonNode task : Site.yaml(Cli.EXAMPLE.resolve(file)).path("taken")) {
                List<java.time.LocalDate> days = events.stream()
                        .filter(e -> e.getSummary().getValue().equals(task.path("wat").asText()))
                        .map(e -> java.time.LocalDate.parse(e.getProperty("DTSTART").orElseThrow().getValue(),
                                java.time.format.DateTimeFormatter.BASIC_ISO_DATE))
                        .filter(d -> d.isBefore(java.time.LocalDate.of(2027, 8, 1))).toList();
                String frequency = task.path("frequentie").asText();
                String what = task.path("id").asText() + " (" + frequency + ")";
                if (task.has("als") || task.has("vanaf")) {
                    continue; // for some schools only, or from the school's own date
                }
                switch (frequency) {
                    case "jaarlijks" -> assertThat(days).as(what).hasSize(1);
                    case "halfjaarlijks" -> assertThat(days).as(what).hasSize(2)
                            .satisfies(d -> assertThat(java.time.temporal.ChronoUnit.MONTHS.between(d.get(0).withDayOfMonth(1),
                                    d.get(1).withDayOfMonth(1))).isEqualTo(6));
                    case "per kwartaal" -> assertThat(days).as(what).hasSize(4);
                    case "begin schooljaar" -> assertThat(days).as(what).hasSize(1)
                            .allSatisfy(d -> assertThat(d.getMonthValue()).isIn(8, 9));
                    case "maandelijks" -> assertThat(days).as(what).hasSizeBetween(11, 12);
                    case "na elke vakantie" -> assertThat(days).as(what).hasSize(5);
                    default -> assertThat(days).as(what).isNotEmpty();
                }
            }
        }
        for (String form : List.of("incidentregistratie", "ongevallenregistratie")) {
            Document page = Site.html(site.resolve("het-kompas/veiligheidsplan/formulier-" + form + ".html"));
            assertThat(page.select("form.formulier")).as(form).hasSize(1);
            for (Element input : page.select("form.formulier input:not([type=radio]):not([type=checkbox]):not([type=file]), form.formulier textarea")) {
                assertThat(page.select("label[for=" + input.id() + "]")).as(input.id()).hasSize(1);
            }
        }
    }

    @Test
    void theAppendicesAreSignedNumberedAndTheSchoolSlotsFilled() {
        JsonNode school = school("de-regenboog");
        JsonNode values = school.path("velden");
        Path plan = site.resolve("de-regenboog/veiligheidsplan");

        Element signing = Site.html(plan.resolve("intentieverklaring.html")).selectFirst("form.formulier");
        assertThat(signing).isNotNull();
        assertThat(signing.select(".formulier-handtekening input")).as("board, director and MR sign").hasSize(3);
        assertThat(signing.select("input[type=text]").eachAttr("value"))
                .contains(values.path("bestuur.voorzitter").asText(), values.path("directeur.naam").asText(), values.path("mr.voorzitter").asText());

        Document complaints = Site.html(plan.resolve("klachtenregeling.html"));
        List<String> articles = complaints.select("main .tekst h2").eachText();
        assertThat(articles).hasSizeGreaterThanOrEqualTo(10);
        for (int i = 0; i < articles.size(); i++) {
            assertThat(articles.get(i)).startsWith("Artikel " + (i + 1) + " ");
        }
        assertThat(complaints.select(".invul-ingevuld").eachText())
                .contains(values.path("contactpersoon.naam").asText(), values.path("vertrouwenspersoon.naam").asText());

        // every school slot of the plan has the school's own text or its attached PDF
        int slots = 0;
        for (JsonNode part : kader.path("documenten").get(0).path("onderdelen")) {
            if (!part.has("school")) {
                continue;
            }
            String slot = part.path("school").asText();
            Document page = Site.html(plan.resolve(slot + ".html"));
            assertThat(page.select(".schoolonderdeel-open")).as(slot).isEmpty();
            if (school.path("bijlagen").has(slot)) {
                Element link = page.selectFirst("main a[href$=.pdf]");
                assertThat(link).as(slot).isNotNull();
                assertThat(plan.resolve(link.attr("href"))).as(slot).exists();
            } else {
                assertThat(Cli.EXAMPLE.resolve("scholen/de-regenboog/aanvullingen/" + slot + ".adoc")).exists();
                assertThat(page.select("main .tekst p").text()).as(slot).isNotBlank();
            }
            slots++;
        }
        assertThat(slots).isGreaterThanOrEqualTo(5);
        assertThat(Site.html(site.resolve("het-kompas/veiligheidsplan/rie.html")).select(".schoolonderdeel-open"))
                .as("a slot the half-filled school left open").isNotEmpty();
        assertThat(school.path("bijlagen").size()).as("at least one slot is an attached PDF").isPositive();
    }
}
