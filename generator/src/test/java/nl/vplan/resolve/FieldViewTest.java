package nl.vplan.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.vplan.model.Field;
import nl.vplan.model.FieldType;
import nl.vplan.model.Framework;
import nl.vplan.model.Klasse;
import nl.vplan.model.Rules;
import nl.vplan.model.School;
import nl.vplan.resolve.FieldView.Medium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FieldViewTest {

    private static final Map<String, Field> FIELDS = new LinkedHashMap<>();

    static {
        field("school.telefoon", "Telefoon van de school", FieldType.TELEFOON, Klasse.OPENBAAR);
        field("directeur.email", "E-mailadres directeur", FieldType.EMAIL, Klasse.INTERN);
        field("mr.datum", "Datum instemming MR", FieldType.DATUM, Klasse.INTERN);
        field("vertrouwenspersoon.telefoon", "Telefoon vertrouwenspersoon", FieldType.TELEFOON, Klasse.VERTROUWELIJK);
        field("school.website", "Website", FieldType.URL, Klasse.OPENBAAR);
    }

    private static void field(String id, String label, FieldType type, Klasse klasse) {
        FIELDS.put(id, new Field(id, label, type, klasse, null));
    }

    private static final Framework FRAMEWORK = new Framework(Path.of("inhoud"), "Stichting Voorbeeld", List.of(), FIELDS,
            Map.of(), Map.of(), Map.of(), Rules.none());

    private static FieldView view(Klasse edition, Map<String, String> values) {
        School school = new School("de-linde", "Basisschool De Linde & Co", values, Set.of(), Set.of(), Map.of(), Map.of(),
                null, Path.of("inhoud/scholen/de-linde"), null, Map.of());
        return new FieldView(FRAMEWORK, school, edition);
    }

    private static final Map<String, String> VALUES = Map.of(
            "school.telefoon", "012-3456789", "directeur.email", "directeur@linde.example", "mr.datum", "2026-09-01",
            "vertrouwenspersoon.telefoon", "0800-1234567", "school.website", "https://linde.example");

    @ParameterizedTest
    @EnumSource(Klasse.class)
    void eachClassIsShownOnlyInItsEditionAndAbove(Klasse edition) {
        FieldView view = view(edition, VALUES);
        for (Field field : FIELDS.values()) {
            FieldView.Shown shown = view.of(field.id());
            if (field.klasse().within(edition)) {
                assertThat(shown).as(field.id() + " in " + edition).isInstanceOf(FieldView.Filled.class);
                assertThat(view.value(field.id())).isEqualTo(VALUES.get(field.id()));
                assertThat(view.counts(field.id())).isTrue();
            } else {
                assertThat(shown).as(field.id() + " in " + edition).isInstanceOf(FieldView.Elsewhere.class);
                assertThat(view.value(field.id())).isEmpty();
                assertThat(view.text(field.id())).isEqualTo("[" + field.klasse().id() + "]");
                String html = view.html(field.id(), "invul-x-1", Medium.SCREEN);
                assertThat(html).doesNotContain(VALUES.get(field.id())).doesNotContain("id=").contains("invul-elders");
                assertThat(view.counts(field.id())).isFalse();
            }
        }
    }

    @Test
    void aBoardValueIsShownAsFilledForEverySchoolAndNeverCounts() {
        Field national = new Field("veiligthuis.telefoon", "Veilig Thuis", FieldType.TELEFOON, Klasse.OPENBAAR, null, "0800-2000");
        Framework framework = new Framework(Path.of("inhoud"), "Stichting Voorbeeld", List.of(), Map.of(national.id(), national),
                Map.of(), Map.of(), Map.of(), Rules.none());
        School school = new School("de-linde", "De Linde", Map.of(), Set.of(), Set.of(), Map.of(), Map.of(),
                null, Path.of("inhoud/scholen/de-linde"), null, Map.of());
        FieldView view = new FieldView(framework, school, Klasse.OPENBAAR);
        assertThat(view.of(national.id())).isEqualTo(new FieldView.Filled(national, "0800-2000"));
        assertThat(view.html(national.id(), null, Medium.SCREEN)).contains("invul-ingevuld").contains("href=\"tel:08002000\"");
        assertThat(view.counts(national.id())).as("not something the school fills in").isFalse();
    }

    @Test
    void aValueAboveTheEditionIsAMarkThatExplainsItselfOnScreenAndIsExplainedOnceInPrint() {
        FieldView view = view(Klasse.OPENBAAR, VALUES);
        assertThat(view.html("directeur.email", "invul-x-1", Medium.SCREEN)).isEqualTo(
                "<span class=\"invul invul-elders\" data-veld=\"directeur.email\" tabindex=\"0\""
                        + " title=\"Dit gegeven staat alleen in de interne versie.\">[intern]"
                        + "<span class=\"invul-hint\"> (Dit gegeven staat alleen in de interne versie.)</span></span>");
        assertThat(view.html("vertrouwenspersoon.telefoon", null, Medium.PRINT))
                .isEqualTo("<span class=\"invul invul-elders\" data-veld=\"vertrouwenspersoon.telefoon\">[vertrouwelijk]</span>");
        assertThat(view.text("vertrouwenspersoon.telefoon")).isEqualTo("[vertrouwelijk]");
    }

    @Test
    void openFieldShowsItsLabel() {
        FieldView view = view(Klasse.INTERN, Map.of());
        assertThat(view.of("directeur.email")).isInstanceOf(FieldView.Open.class);
        assertThat(view.text("directeur.email")).as("as a sighted reader sees it").isEqualTo("E-mailadres directeur");
        assertThat(view.html("directeur.email", "invul-directeur.email-1", Medium.SCREEN))
                .isEqualTo("<span class=\"invul invul-open\" id=\"invul-directeur.email-1\" data-veld=\"directeur.email\""
                        + " title=\"Nog in te vullen door de school\"><span class=\"invul-hint\">nog in te vullen: </span>"
                        + "E-mailadres directeur</span>");
        assertThat(view.value("directeur.email")).isEmpty();
        assertThat(view.counts("directeur.email")).isTrue();
    }

    @Test
    void valuesAreLinksOnScreenAndTextInPrint() {
        FieldView view = view(Klasse.VERTROUWELIJK, VALUES);
        assertThat(view.html("school.telefoon", null, Medium.SCREEN)).contains("<a href=\"tel:0123456789\">012-3456789</a>");
        assertThat(view.html("school.telefoon", null, Medium.PRINT)).contains(">012-3456789</span>").doesNotContain("<a ");
        assertThat(view.html("directeur.email", null, Medium.SCREEN)).contains("<a href=\"mailto:directeur@linde.example\">");
        assertThat(view.html("school.website", null, Medium.SCREEN)).contains("<a href=\"https://linde.example\">");
        assertThat(view.html("vertrouwenspersoon.telefoon", null, Medium.SCREEN)).contains("href=\"tel:08001234567\"");
    }

    @Test
    void aDateReadsTheSameEverywhere() {
        FieldView view = view(Klasse.INTERN, VALUES);
        assertThat(view.text("mr.datum")).isEqualTo("1 september 2026");
        assertThat(view.html("mr.datum", null, Medium.SCREEN)).contains(">1 september 2026</span>");
        assertThat(view.value("mr.datum")).as("a form's date input takes the ISO date").isEqualTo("2026-09-01");
    }

    @Test
    void theSchoolsNameIsBuiltInEscapedAndNeverOpen() {
        FieldView view = view(Klasse.OPENBAAR, Map.of());
        assertThat(view.text(Field.SCHOOL_NAME)).isEqualTo("Basisschool De Linde & Co");
        assertThat(view.html(Field.SCHOOL_NAME, null, Medium.SCREEN)).contains(">Basisschool De Linde &amp; Co</span>");
        assertThat(view.counts(Field.SCHOOL_NAME)).as("not counted for completeness").isFalse();
    }

    @Test
    void anUnknownFieldIsVisibleAsSuch() {
        FieldView view = view(Klasse.INTERN, VALUES);
        assertThat(view.of("bestaat.niet")).isInstanceOf(FieldView.Unknown.class);
        assertThat(view.text("bestaat.niet")).isEqualTo("[onbekend veld bestaat.niet]");
        assertThat(view.html("<script>", null, Medium.SCREEN)).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void valuesAreEscaped() {
        FieldView view = view(Klasse.INTERN, Map.of("directeur.email", "<img src=x onerror=alert(1)>"));
        assertThat(view.html("directeur.email", null, Medium.SCREEN)).doesNotContain("<img").contains("&lt;img");
    }
}
