package nl.vplan.convert;

import java.util.regex.Pattern;

/**
 * The placeholders vplan's macros leave in Asciidoctor's output, where a school's value or a
 * framework block belongs (and that {@link Checklists} leaves for a checkbox, drawn differently on
 * screen and in print). They live only inside the convert stage: {@link Body#ofMarkedHtml} turns
 * them into {@link Segment}s right after conversion, so no later stage reads HTML for them.
 */
final class Markers {

    /** Group 1: the field id. */
    static final Pattern FILL_IN = Pattern.compile("<span class=\"vplan-invul\" data-veld=\"([^\"<>]*)\"></span>");
    /** Group 1: the kind ({@code taken} or {@code formulier}), group 2: the id. */
    static final Pattern BLOCK = Pattern.compile("<div class=\"vplan-blok\" data-soort=\"([a-z]+)\" data-id=\"([^\"<>]*)\"></div>");
    /** Group 1: the checklist item's key, group 2: {@code ja} when it starts ticked. */
    static final Pattern CHECKBOX = Pattern.compile("<span class=\"vplan-vakje\" data-item=\"([^\"<>]*)\" data-aan=\"(ja|nee)\"></span>");
    static final String CHECKBOX_CLASS = "vplan-vakje";
    /** Where a link to another page starts (group 1: its href, as HTML) and ends; see {@link PageLinks}. */
    static final Pattern LINK = Pattern.compile("<span class=\"vplan-link\" data-href=\"([^\"<>]*)\"></span>");
    static final String LINK_END = "<span class=\"vplan-link-einde\"></span>";
    static final String FILL_IN_CLASS = "vplan-invul";
    static final String FILL_IN_FIELD = "data-veld";
    static final String BLOCK_CLASS = "vplan-blok";

    private Markers() {
    }

    static String fillIn(String fieldId) {
        return "<span class=\"vplan-invul\" data-veld=\"" + safe(fieldId) + "\"></span>";
    }

    static String block(String kind, String id) {
        return "<div class=\"vplan-blok\" data-soort=\"" + kind + "\" data-id=\"" + safe(id) + "\"></div>";
    }

    private static String safe(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
