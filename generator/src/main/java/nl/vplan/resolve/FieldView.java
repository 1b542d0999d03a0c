package nl.vplan.resolve;

import java.util.Optional;
import nl.vplan.model.Field;
import nl.vplan.model.FieldType;
import nl.vplan.model.Framework;
import nl.vplan.model.Html;
import nl.vplan.model.Klasse;
import nl.vplan.model.School;

/**
 * What a school's reader sees of a fill-in field in one edition: the value, the open blank with the
 * field's label, or a note naming the edition that has it. The one answer every output uses (pages,
 * handbook, search index, calendar, forms, completeness), as HTML, as plain text or as a form value.
 */
public final class FieldView {

    /** A field as this edition shows it. */
    public sealed interface Shown {
    }

    /** The school's value. */
    public record Filled(Field field, String value) implements Shown {
    }

    /** Not filled in yet: shown as a blank with the field's label. */
    public record Open(Field field) implements Shown {
    }

    /** Classified above the edition: only the edition that has it is named. */
    public record Elsewhere(Field field) implements Shown {
    }

    /** Not in velden.yml (the check stage reports it; shown so a writer sees it). */
    public record Unknown(String id) implements Shown {
    }

    /** Whether a value may be a link (the site) or must print as text (the handbook). */
    public enum Medium { SCREEN, PRINT }

    private static final Field SCHOOL_NAME =
            new Field(Field.SCHOOL_NAME, "Naam van de school", FieldType.TEKST, Klasse.OPENBAAR, null);

    private final Framework framework;
    private final School school;
    private final Klasse edition;

    public FieldView(Framework framework, School school, Klasse edition) {
        this.framework = framework;
        this.school = school;
        this.edition = edition;
    }

    public Klasse edition() {
        return edition;
    }

    public Shown of(String fieldId) {
        if (Field.builtIn(fieldId)) {
            return new Filled(SCHOOL_NAME, school.naam());
        }
        Field field = framework.fields().get(fieldId);
        if (field == null) {
            return new Unknown(fieldId);
        }
        if (!field.klasse().within(edition)) {
            return new Elsewhere(field);
        }
        String value = field.boardSet() ? field.boardValue() : school.values().get(fieldId);
        return value == null ? new Open(field) : new Filled(field, value);
    }

    /**
     * Whether the field counts for completeness where it appears in this edition: a field of
     * velden.yml within the edition that the school fills in (built-in fields and the board's values
     * are never open; unknown ones are errors).
     */
    public boolean counts(String fieldId) {
        Shown shown = of(fieldId);
        return shown instanceof Open || shown instanceof Filled f && !Field.builtIn(f.field().id()) && !f.field().boardSet();
    }

    /**
     * What a reader sees, as plain text: the value (a date in words), the label of an open field (as
     * the page shows it; its "nog in te vullen" hint is for screen readers), or where it is.
     */
    public String text(String fieldId) {
        Shown shown = of(fieldId);
        if (shown instanceof Filled f) {
            return f.field().type().text(f.value());
        } else if (shown instanceof Open o) {
            return o.field().label();
        } else if (shown instanceof Elsewhere e) {
            return mark(e.field().klasse());
        }
        return "[onbekend veld " + fieldId + "]";
    }

    /** The value to put in a form field in advance: the school's value, or "" when there is none in this edition. */
    public String value(String fieldId) {
        return of(fieldId) instanceof Filled f ? f.value() : "";
    }

    /**
     * The field as HTML, in a span that says its state ({@code invul-ingevuld}, {@code invul-open},
     * {@code invul-elders}); {@code anchor} is its id attribute (null for none). On a screen a
     * telephone number, e-mail address or web address is a link.
     */
    public String html(String fieldId, String anchor, Medium medium) {
        String id = anchor == null ? "" : " id=\"" + anchor + "\"";
        String data = " data-veld=\"" + Html.escape(fieldId) + "\"";
        Shown shown = of(fieldId);
        if (shown instanceof Filled f) {
            return "<span class=\"invul invul-ingevuld\"" + id + data + ">" + valueHtml(f, medium) + "</span>";
        } else if (shown instanceof Open o) {
            return "<span class=\"invul invul-open\"" + id + data + " title=\"Nog in te vullen door de school\">"
                    + "<span class=\"invul-hint\">nog in te vullen: </span>" + Html.escape(o.field().label()) + "</span>";
        } else if (shown instanceof Elsewhere e) {
            return elsewhereHtml(e.field().klasse(), data, medium);
        }
        return "<span class=\"invul invul-onbekend\"" + id + data + ">[onbekend veld " + Html.escape(fieldId) + "]</span>";
    }

    /** "[intern]": the visible mark in a sentence where a value of {@code klasse} is left out. */
    public static String mark(Klasse klasse) {
        return "[" + klasse.id() + "]";
    }

    /** "Dit gegeven staat alleen in de interne versie.": what a mark means, for a tooltip or a note. */
    public static String markExplanation(Klasse klasse) {
        return "Dit gegeven staat alleen in " + klasse.edition() + ".";
    }

    /**
     * A left-out value as a mark that reads as a placeholder in the sentence ("bereikbaar op [intern]").
     * On screen the mark can take focus and explains itself on hover and focus (title, and the CSS
     * shows it on focus) and to screen readers (hidden text); in print the handbook explains it once.
     */
    private static String elsewhereHtml(Klasse klasse, String data, Medium medium) {
        String mark = Html.escape(mark(klasse));
        if (medium == Medium.PRINT) {
            return "<span class=\"invul invul-elders\"" + data + ">" + mark + "</span>";
        }
        String explanation = Html.escape(markExplanation(klasse));
        return "<span class=\"invul invul-elders\"" + data + " tabindex=\"0\" title=\"" + explanation + "\">" + mark
                + "<span class=\"invul-hint\"> (" + explanation + ")</span></span>";
    }

    private static String valueHtml(Filled filled, Medium medium) {
        FieldType type = filled.field().type();
        String html = type.html(filled.value());
        Optional<String> href = medium == Medium.SCREEN ? type.href(filled.value()) : Optional.empty();
        return href.map(h -> "<a href=\"" + Html.escape(h) + "\">" + html + "</a>").orElse(html);
    }
}
