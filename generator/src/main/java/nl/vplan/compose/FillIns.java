package nl.vplan.compose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import nl.vplan.convert.FillInMarker;
import nl.vplan.model.Field;
import nl.vplan.model.Framework;
import nl.vplan.model.Html;
import nl.vplan.model.Klasse;
import nl.vplan.model.School;

/**
 * Puts one school's values into converted HTML: each fill-in marker becomes the escaped value, or,
 * when the school has not filled it in, a visible blank naming the field, or, when the field's
 * class is above the edition, a neutral note saying which edition has it. Values are inserted
 * after conversion and in a single pass, so they are never read as AsciiDoc or HTML.
 */
final class FillIns {

    /** One place a field appears: the anchor id on its page. */
    record Occurrence(String fieldId, String anchor) {
    }

    /** A page body with its fill-ins applied, and where each field appeared. */
    record Applied(String html, List<Occurrence> occurrences) {
    }

    private final Framework framework;
    private final School school;
    private final Klasse edition;

    FillIns(Framework framework, School school, Klasse edition) {
        this.framework = framework;
        this.school = school;
        this.edition = edition;
    }

    /** Applies fill-ins to a page body, giving every occurrence a numbered anchor ({@code invul-<field>-<n>}). */
    Applied inBody(String html) {
        List<Occurrence> occurrences = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        String out = replace(html, fieldId -> {
            if (!belongs(fieldId)) {
                return span(fieldId, "");
            }
            int n = counts.merge(fieldId, 1, Integer::sum);
            String anchor = "invul-" + fieldId + "-" + n;
            occurrences.add(new Occurrence(fieldId, anchor));
            return span(fieldId, " id=\"" + anchor + "\"");
        });
        return new Applied(out, List.copyOf(occurrences));
    }

    /** Applies fill-ins without anchors, for titles shown in navigation and contents. */
    String inTitle(String html) {
        return replace(html, fieldId -> span(fieldId, ""));
    }

    /** The school's value of a field as plain text, or "" when it is open or above the edition (to prefill forms). */
    String plainValue(String fieldId) {
        if (fieldId.equals("school")) {
            return school.naam();
        }
        Field field = framework.fields().get(fieldId);
        if (field == null || !field.klasse().within(edition)) {
            return "";
        }
        return school.values().getOrDefault(fieldId, "");
    }

    /** What a reader sees of a fill-in, as plain text: the value, the label of an open field, or where it is. */
    String text(String fieldId) {
        Field field = framework.fields().get(fieldId);
        if (field == null) {
            return "[onbekend veld " + fieldId + "]";
        }
        if (!field.klasse().within(edition)) {
            return "staat in " + field.klasse().edition();
        }
        String value = school.values().get(fieldId);
        if (value == null) {
            return field.label();
        }
        return field.type() == nl.vplan.model.FieldType.DATUM ? Views.dutchDate(value) : value;
    }

    /** Whether a field is part of this edition (unknown fields are shown as such, and reported by the check stage). */
    private boolean belongs(String fieldId) {
        Field field = framework.fields().get(fieldId);
        return field == null || field.klasse().within(edition);
    }

    private interface Renderer {
        String render(String fieldId);
    }

    private static String replace(String html, Renderer renderer) {
        return FillInMarker.PATTERN.matcher(html).replaceAll(m -> Matcher.quoteReplacement(renderer.render(m.group(1))));
    }

    private String span(String fieldId, String idAttribute) {
        Field field = framework.fields().get(fieldId);
        String dataField = " data-veld=\"" + Html.escape(fieldId) + "\"";
        if (field == null) {
            return "<span class=\"invul invul-onbekend\"" + idAttribute + dataField + ">[onbekend veld "
                    + Html.escape(fieldId) + "]</span>";
        }
        if (!field.klasse().within(edition)) {
            return "<span class=\"invul invul-elders\"" + dataField + ">staat in " + field.klasse().edition() + "</span>";
        }
        String value = school.values().get(fieldId);
        if (value != null) {
            if (field.type() == nl.vplan.model.FieldType.DATUM) {
                value = Views.dutchDate(value);
            }
            return "<span class=\"invul invul-ingevuld\"" + idAttribute + dataField + ">"
                    + Html.escape(value).replace("\n", "<br>") + "</span>";
        }
        return "<span class=\"invul invul-open\"" + idAttribute + dataField + " title=\"Nog in te vullen door de school\">"
                + "<span class=\"invul-hint\">nog in te vullen: </span>" + Html.escape(field.label()) + "</span>";
    }
}
