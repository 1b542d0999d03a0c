package nl.vplan.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldTypeTest {

    @ParameterizedTest
    @ValueSource(strings = {"012-3456789", "0123456789", "06-12345678", "+31 12 3456789", "+31 (0)12 3456789",
            "0800-2000", "0900-111 3 111", "112", "14 020", "+32 2 123 45 67"})
    void acceptsDutchTelephoneNumbersAsPeopleWriteThem(String number) {
        assertThat(FieldType.TELEFOON.problem(number)).as(number).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "012-345678", "012-34567890", "+31 012 3456789", "via de conciërge", "0031", "113"})
    void refusesWhatIsNoDutchTelephoneNumber(String number) {
        assertThat(FieldType.TELEFOON.problem(number)).as(number).get().asString().contains("geen telefoonnummer");
    }

    @Test
    void eachTypeChecksItsValues() {
        assertThat(FieldType.GETAL.problem("412")).isEmpty();
        assertThat(FieldType.GETAL.problem("veel")).isPresent();
        assertThat(FieldType.DATUM.problem("2026-09-01")).isEmpty();
        assertThat(FieldType.DATUM.problem("1 september")).isPresent();
        assertThat(FieldType.EMAIL.problem("info@school.nl")).isEmpty();
        assertThat(FieldType.EMAIL.problem("info@school")).isPresent();
        assertThat(FieldType.URL.problem("https://www.school.nl")).isEmpty();
        assertThat(FieldType.URL.problem("www.school.nl")).isPresent();
        assertThat(FieldType.TEKST.problem("<b>wat dan ook</b>")).isEmpty();
        assertThat(FieldType.DATUM.problem("2026-02-30")).as("no such day").isPresent();
        assertThat(FieldType.URL.problem("https://www.school.nl/a b")).isPresent();
    }

    @Test
    void theRulesFileHoldsEveryTypeWithTheRulesJavaApplies() {
        var json = FieldType.rulesJson();
        assertThat(json.keySet()).containsExactlyElementsOf(FieldType.ids());
        assertThat(json.get("tekst")).isEmpty();
        assertThat(json.get("telefoon")).hasSize(2);
        assertThat(json.get("telefoon").get(1).get("herschrijf")).isEqualTo(java.util.List.of(
                java.util.List.of("\\(0\\)", ""), java.util.List.of("[^0-9+]", "")));
        assertThat(json.get("datum").get(0)).containsEntry("kalenderdatum", true);
    }

    @Test
    void aDateReadsAsDutchWordsInTextAndHtml() {
        assertThat(FieldType.DATUM.text("2026-09-01")).isEqualTo("1 september 2026");
        assertThat(FieldType.DATUM.html("2026-09-01")).isEqualTo("1 september 2026");
        assertThat(FieldType.TEKST.text("2026-09-01")).isEqualTo("2026-09-01");
    }

    @Test
    void htmlEscapesAndKeepsLines() {
        assertThat(FieldType.TEKST.html("Glans & Zo <b>")).isEqualTo("Glans &amp; Zo &lt;b&gt;");
        assertThat(FieldType.ADRES.html("Dorpsstraat 1\n1234 AB Ergens")).isEqualTo("Dorpsstraat 1<br>1234 AB Ergens");
    }

    @Test
    void linkFormsForTypesAReaderClicks() {
        assertThat(FieldType.TELEFOON.href("012-345 67 89")).contains("tel:0123456789");
        assertThat(FieldType.TELEFOON.href("+31 (0)12 3456789")).contains("tel:+31123456789");
        assertThat(FieldType.EMAIL.href("info@school.nl")).contains("mailto:info@school.nl");
        assertThat(FieldType.URL.href("https://www.school.nl")).contains("https://www.school.nl");
        assertThat(FieldType.TEKST.href("012-3456789")).isEmpty();
        assertThat(FieldType.URL.href("javascript:alert(1)")).as("an invalid value is never a link").isEmpty();
    }

    @Test
    void namesInVeldenYml() {
        assertThat(FieldType.parse("telefoon")).contains(FieldType.TELEFOON);
        assertThat(FieldType.parse("Telefoon")).isEmpty();
        assertThat(FieldType.ids()).containsExactly("tekst", "getal", "datum", "telefoon", "email", "url", "adres");
    }
}
