package nl.vplan.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import nl.vplan.model.Klasse;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** What an edition keeps of a classified section or block: a note naming the document, none of the text. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClassifiedBlocksTest {

    private static final String SOURCE = """
            = Gebruik van ICT

            == Wachtwoorden

            Kies een lang wachtwoord.

            [klasse=intern]
            Het beheerwachtwoord staat in de kluis GEHEIM-BLOK.

            [klasse=vertrouwelijk]
            == Beheeraccounts GEHEIM-TITEL

            De accounts van de beheerder GEHEIM-TEKST.

            [klasse=intern]
            == Netwerk GEHEIM-TWEEDE

            Het wifi-wachtwoord.

            == Slot

            Vragen? Bel de helpdesk.
            """;

    Asciidoctor asciidoctor;

    @BeforeAll
    void start() {
        asciidoctor = Asciidoctor.Factory.create();
        asciidoctor.javaExtensionRegistry().treeprocessor(ClassifiedBlocks.class);
    }

    @AfterAll
    void stop() {
        asciidoctor.close();
    }

    private org.jsoup.nodes.Document convert(String edition, String document) {
        Map<String, Object> attributes = new HashMap<>(Map.of("idprefix", "", "idseparator", "-"));
        if (edition != null) {
            attributes.put("vplan-editie", edition);
        }
        if (document != null) {
            attributes.put("vplan-document", document);
        }
        Attributes all = Attributes.builder().build();
        all.setAttributes(attributes);
        return Jsoup.parse(asciidoctor.convert(SOURCE, Options.builder().attributes(all).build()));
    }

    @Test
    void aLeftOutSectionLeavesANeutralHeadingAndANoteNamingTheDocument() {
        var html = convert("openbaar", "Gedragscode ICT en internet");

        assertThat(html.html()).doesNotContain("GEHEIM").doesNotContain("beheerder").doesNotContain("wifi");
        assertThat(html.select("h2").eachText())
                .containsExactly("Wachtwoorden", "Niet in deze versie", "Niet in deze versie", "Slot");
        assertThat(html.select("h2").eachAttr("id")).doesNotHaveDuplicates();
        Element heading = html.select("h2").get(1);
        assertThat(heading.hasClass("discrete")).as("a heading, not a section: no entry in the page's contents").isTrue();
        assertThat(heading.nextElementSibling().text())
                .isEqualTo("Dit deel staat in de vertrouwelijke versie van de Gedragscode ICT en internet.");
        assertThat(html.select("h2").get(2).nextElementSibling().text())
                .isEqualTo("Dit deel staat in de interne versie van de Gedragscode ICT en internet.");
        // A left-out block stays where it was, inside its own section.
        Element passwords = html.select("h2").get(0).parent();
        assertThat(passwords.select(".vplan-elders").text())
                .isEqualTo("Dit deel staat in de interne versie van de Gedragscode ICT en internet.");
    }

    @Test
    void theInternalEditionKeepsInternalTextAndLeavesOutOnlyTheConfidential() {
        var html = convert("intern", "Veiligheidsplan");

        assertThat(html.text()).contains("GEHEIM-BLOK", "GEHEIM-TWEEDE").doesNotContain("GEHEIM-TITEL", "GEHEIM-TEKST")
                .contains("Dit deel staat in de vertrouwelijke versie van het Veiligheidsplan.");
    }

    @Test
    void theConfidentialEditionKeepsEverything() {
        assertThat(convert("vertrouwelijk", null).text()).contains("GEHEIM-BLOK", "GEHEIM-TITEL", "GEHEIM-TEKST", "GEHEIM-TWEEDE")
                .doesNotContain("Dit deel staat");
    }

    @Test
    void withoutADocumentTitleTheNoteSaysThisDocument() {
        assertThat(convert("openbaar", null).select(".vplan-elders").eachText())
                .contains("Dit deel staat in de interne versie van dit document.");
    }

    @Test
    void aMissingOrUnknownEditionIsAProgrammingError() {
        assertThatThrownBy(() -> ClassifiedBlocks.edition(null)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> ClassifiedBlocks.edition("geheim")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("geheim");
        assertThat(ClassifiedBlocks.edition("openbaar")).isEqualTo(Klasse.OPENBAAR);
        assertThatThrownBy(() -> convert(null, "Plan")).hasRootCauseInstanceOf(IllegalStateException.class);
    }

    @Test
    void theDocumentIsNamedWithItsArticle() {
        assertThat(ClassifiedBlocks.ofDocument("Veiligheidsplan")).isEqualTo("van het Veiligheidsplan");
        assertThat(ClassifiedBlocks.ofDocument("Pestprotocol voor de bovenbouw")).isEqualTo("van het Pestprotocol voor de bovenbouw");
        assertThat(ClassifiedBlocks.ofDocument("Gedragscode ICT en internet")).isEqualTo("van de Gedragscode ICT en internet");
        assertThat(ClassifiedBlocks.ofDocument("Het schoolplan")).isEqualTo("van het schoolplan");
        assertThat(ClassifiedBlocks.ofDocument(" ")).isEqualTo("van dit document");
    }
}
