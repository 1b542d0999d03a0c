package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fill-in page {@code invullen.html} of the example's built site: in the intern and vertrouwelijk
 * editions only, an input of the right kind per field type, nothing above the edition, the choices
 * with their default, and links to it from the start page and the completeness page.
 */
class FillInPageTest {

    @TempDir
    static Path temp;

    /** The example's confidential fields, in the order of velden.yml (de-regenboog fills them all). */
    private static List<String> confidentialFields() {
        List<String> fields = new java.util.ArrayList<>();
        Site.yaml(Cli.EXAMPLE.resolve("velden.yml")).fields().forEachRemaining(field -> {
            if (field.getValue().path("klasse").asText().equals("vertrouwelijk")) {
                fields.add(field.getKey());
            }
        });
        return fields;
    }

    private static Document page(String school) {
        return Site.html(ExampleBuild.site().resolve(school).resolve("invullen.html"));
    }

    @Test
    void everySchoolHasOneInTheInternEditionLinkedFromItsStartAndCompletenessPages() {
        for (String school : ExampleBuild.schools()) {
            Path dir = ExampleBuild.site().resolve(school);
            assertThat(dir.resolve("invullen.html")).exists();
            assertThat(Site.html(dir.resolve("index.html")).select("main a[href=invullen.html]")).isNotEmpty();
            assertThat(Site.html(dir.resolve("volledigheid.html")).select("main a[href=invullen.html]")).isNotEmpty();
        }
    }

    @Test
    void eachTypeHasItsInput() {
        Document html = page("de-regenboog");
        assertThat(html.selectFirst("#veld-mr\\.instemming").attr("type")).isEqualTo("date");
        assertThat(html.selectFirst("#veld-mr\\.instemming").attr("value")).isEqualTo("2026-06-23");
        assertThat(html.selectFirst("#nu-mr\\.instemming").text()).isEqualTo("Nu: 23 juni 2026");
        assertThat(html.selectFirst("#veld-directeur\\.telefoon").attr("type")).isEqualTo("tel");
        assertThat(html.selectFirst("#veld-school\\.email").attr("type")).isEqualTo("email");
        assertThat(html.selectFirst("#veld-school\\.website").attr("type")).isEqualTo("url");
        Element number = html.selectFirst("#veld-school\\.populatie");
        assertThat(number.attr("type")).isEqualTo("text");
        assertThat(number.attr("inputmode")).isEqualTo("numeric");
        assertThat(html.selectFirst("#veld-school\\.adres").tagName()).isEqualTo("textarea");
        assertThat(html.selectFirst("#veld-school\\.adres").val()).isEqualTo("Regenboogpad 3, 1234 AB Voorbeeldstad");
        assertThat(html.selectFirst("#veld-directeur\\.naam").attr("type")).isEqualTo("text");
        // every input and text area has its label
        for (Element input : html.select("main input, main textarea")) {
            assertThat(html.select("label").stream().filter(l -> l.attr("for").equals(input.id()))).as(input.id()).hasSize(1);
        }
        assertThat(html.select("[data-veld=school.naam]")).as("the built-in field is the school's name, not a form field").isEmpty();
    }

    @Test
    void fieldsAreGroupedByTheChapterWhereTheyFirstAppear() {
        List<String> groups = page("het-kompas").select("fieldset.invulgroep:has(.invulveld) > legend").eachText();
        assertThat(groups.get(0)).isEqualTo("Veiligheidsplan: Inleiding");
        assertThat(groups).last().isEqualTo("Overige velden");
        // het-kompas switched brede-school off: its fields appear nowhere
        assertThat(page("het-kompas").select("fieldset:has(legend:containsOwn(Overige velden)) [data-veld=brede-school.beheerder]")).hasSize(1);
        Element where = page("het-kompas").selectFirst("#veld-school\\.adres + p.invul-waar a, #veld-school\\.adres ~ p.invul-waar a");
        assertThat(where.attr("href")).startsWith("veiligheidsplan/inleiding.html#invul-school.adres-");
    }

    @Test
    void aConfidentialValueIsOnlyInTheConfidentialEdition() throws Exception {
        String secret = "012-5871234";
        assertThat(Files.readString(ExampleBuild.site().resolve("de-regenboog/invullen.html"))).doesNotContain(secret);
        assertThat(page("de-regenboog").select("[data-veld=media.telefoon-thuis]")).isEmpty();
        int hidden = confidentialFields().size();
        assertThat(hidden).isGreaterThan(1).isLessThan(page("de-regenboog").select("[data-veld]").size());
        assertThat(page("de-regenboog").selectFirst(".invul-verborgen").text())
                .isEqualTo(hidden + " vertrouwelijke velden staan niet op deze pagina; die vult u in via de vertrouwelijke versie.");

        Path confidential = build("vertrouwelijk");
        assertThat(Files.readString(confidential.resolve("de-regenboog/invullen.html"))).contains(secret);
        assertThat(Site.html(confidential.resolve("de-regenboog/invullen.html")).selectFirst("#veld-media\\.telefoon-thuis").attr("value"))
                .isEqualTo(secret);
    }

    @Test
    void thePublicEditionHasNone() {
        Path open = build("openbaar");
        assertThat(open.resolve("de-regenboog/index.html")).exists();
        assertThat(open.resolve("de-regenboog/invullen.html")).doesNotExist();
        assertThat(Site.html(open.resolve("de-regenboog/index.html")).select("a[href=invullen.html]")).isEmpty();
        assertThat(Site.html(open.resolve("de-regenboog/volledigheid.html")).select("a[href=invullen.html]")).isEmpty();
    }

    @Test
    void choicesShowTheirDefaultAndTheSchoolsPick() {
        Document html = page("de-regenboog");
        Element bhv = html.selectFirst("fieldset:has(input[name=keuze-bhv])");
        assertThat(bhv.selectFirst("legend").text()).isEqualTo("Hoe is de bedrijfshulpverlening (BHV) in het schoolgebouw georganiseerd?");
        assertThat(bhv.selectFirst("label[for=keuze-bhv-eigen]").text()).isEqualTo("De school heeft een eigen BHV-team (standaard)");
        assertThat(bhv.selectFirst("label[for=keuze-bhv-gedeeld]").text()).doesNotContain("(standaard)");
        assertThat(bhv.select("input[checked]").eachAttr("value")).containsExactly("gedeeld");
        assertThat(bhv.select(".keuze-open")).isEmpty();
        // de-wilgen chose nothing: no option is checked (a download or save answers it only when one is picked),
        // and the page says which applies meanwhile
        Element open = page("de-wilgen").selectFirst("fieldset:has(input[name=keuze-bhv])");
        assertThat(open.select("input[checked]")).isEmpty();
        assertThat(open.selectFirst(".keuze-open").text()).isEqualTo("Nog niet gekozen; nu geldt: De school heeft een eigen BHV-team");
    }

    @Test
    void optionalPartsAreSwitchesAndSlotsShowTheirState() {
        Element off = page("het-kompas").selectFirst("input[data-onderdeel=brede-school]");
        assertThat(off.attr("role")).isEqualTo("switch");
        assertThat(off.hasAttr("checked")).isFalse();
        assertThat(page("het-kompas").selectFirst("label[for=onderdeel-brede-school]").text()).isEqualTo("Samenwerking in een brede school");
        assertThat(page("de-regenboog").selectFirst("input[data-onderdeel=brede-school]").hasAttr("checked")).isTrue();

        Document html = page("de-regenboog");
        assertThat(html.selectFirst("#status-ontruimingsplan").text()).isEqualTo("Nu: bijlage (PDF: ontruimingsplan.pdf)");
        assertThat(html.selectFirst("#tekst-schoolregels").val()).startsWith("= Schoolregels");
        assertThat(page("het-kompas").selectFirst("#status-schoolregels").text()).isEqualTo("Nu: open");
    }

    @Test
    void theRulesAreTheJavaRulesInAScriptSafeBlock() throws Exception {
        Element rules = page("de-regenboog").selectFirst("script#vplan-invulregels[type=application/json]");
        assertThat(Site.json(writeTemp(rules.data())).path("telefoon").get(1).path("bericht").asText())
                .isEqualTo(nl.vplan.model.FieldType.TELEFOON.rules().get(1).message());
        assertThat(rules.data()).doesNotContain("<");
        Element data = page("de-regenboog").selectFirst("script#vplan-invulgegevens[type=application/json]");
        assertThat(Site.json(writeTemp(data.data())).path("verborgen").toString())
                .isEqualTo(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(confidentialFields()).toString())
                .contains("\"media.telefoon-thuis\"");
    }

    @Test
    void aSchoolTextWithAPartAboveTheEditionIsNotEditableHere() throws Exception {
        Path content = Cli.copyOfExample(temp.resolve("gemarkeerd"));
        Site.write(content, "scholen/het-kompas/aanvullingen/schoolregels.adoc", """
                = Schoolregels

                Wij lopen rustig.

                [klasse=vertrouwelijk]
                Alleen voor de directie: GEHEIM-REGEL-81f.
                """);
        Path out = temp.resolve("gemarkeerd").resolve("site");
        Cli.Result result = Cli.run("build", "--content", content.toString(), "--out", out.toString(), "--no-pdf", "--school", "het-kompas");
        assertThat(result.exit()).as(result.err()).isZero();
        Path page = out.resolve("het-kompas/invullen.html");
        assertThat(Files.readString(page)).doesNotContain("GEHEIM-REGEL-81f");
        Document html = Site.html(page);
        assertThat(html.select("#tekst-schoolregels")).isEmpty();
        assertThat(html.selectFirst("fieldset:has(#status-schoolregels)").text())
                .contains("Nu: ingevuld", "De tekst heeft delen voor de vertrouwelijke versie; pas hem daar aan.");
        assertThat(html.select("#tekst-gebruiksmelding")).as("another text stays editable").hasSize(1);
    }

    private static Path writeTemp(String text) throws Exception {
        Path file = Files.createTempFile(temp, "data", ".json");
        Files.writeString(file, text);
        return file;
    }

    private static Path build(String edition) {
        Path out = temp.resolve(edition);
        if (!Files.exists(out)) {
            Cli.Result result = Cli.run("build", "--content", Cli.EXAMPLE.toString(), "--out", out.toString(), "--no-pdf",
                    "--edition", edition, "--school", "de-regenboog");
            assertThat(result.exit()).as(result.err()).isZero();
        }
        return out;
    }
}
