package nl.vplan.compose;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vplan.model.Choice;
import nl.vplan.model.Document;
import nl.vplan.model.Field;
import nl.vplan.model.FieldType;
import nl.vplan.model.Framework;
import nl.vplan.model.Klasse;
import nl.vplan.model.Part;
import nl.vplan.model.School;
import nl.vplan.resolve.FieldView;

/**
 * The model of a school's fill-in page ({@code invullen.html}, template {@code invullen.ftlh}): every
 * field the edition may show, grouped by the document and chapter where it first appears, the
 * choices, the optional parts and the school's own texts, with the data and the field types' rules
 * that {@code invullen.js} reads. Built by {@link SiteComposer} for the intern and vertrouwelijk editions.
 */
public final class FillInForm {

    static final String PAGE = "invullen.html";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One input: {@code input} is the HTML input type, or "textarea"; {@code current} the value as a reader reads it. */
    public record Input(String id, String label, String type, String input, String inputmode, String value, String current,
                 String klasse, List<Link> places) {
    }

    /** A page where a field appears; {@code href} relative to the school's folder. */
    public record Link(String title, String href) {
    }

    /** The fields first appearing in one chapter (or in none: "Overige velden"). */
    public record Group(String title, List<Input> fields) {
    }

    public record Option(String id, String text, boolean standaard, boolean checked) {
    }

    /** A choice; {@code open} when the school has not answered it ({@code current}, the default's text, applies meanwhile). */
    public record ChoiceGroup(String id, String vraag, List<Option> options, boolean open, String current) {
    }

    /** An optional part, on or off. */
    public record Switch(String id, String title, boolean on) {
    }

    private final Framework framework;
    private final School school;
    private final FieldView view;
    private final Map<String, List<Completeness.Place>> places;
    private final Map<String, String> partTitles;

    /**
     * @param places     where each field appears, in order of first appearance (the completeness places)
     * @param partTitles the titles of the parts this school's plan shows, by part id
     */
    FillInForm(Framework framework, School school, FieldView view, Map<String, List<Completeness.Place>> places,
               Map<String, String> partTitles) {
        this.framework = framework;
        this.school = school;
        this.view = view;
        this.places = places;
        this.partTitles = partTitles;
    }

    /** Whether the edition has a fill-in page: never the public one, which would name every field. */
    static boolean inEdition(Klasse edition) {
        return edition != Klasse.OPENBAAR;
    }

    /** The template's model besides the names every school page has. */
    Map<String, Object> model() {
        List<Group> groups = groups();
        Map<String, Object> model = new HashMap<>();
        model.put("groups", groups);
        model.put("hidden", hidden().size());
        model.put("choices", choices());
        model.put("switches", switches());
        model.put("slots", new FillInSlots(framework, school, view.edition()).slots());
        model.put("rulesJsonHtml", scriptJson(FieldType.rulesJson()));
        model.put("dataJsonHtml", scriptJson(data(groups)));
        return model;
    }

    private List<Group> groups() {
        Map<String, List<Input>> byPlace = new LinkedHashMap<>();
        Map<String, Input> inputs = new LinkedHashMap<>();
        for (Field field : framework.fields().values()) {
            if (!Field.builtIn(field.id()) && !field.boardSet() && field.klasse().within(view.edition())) {
                inputs.put(field.id(), input(field));
            }
        }
        places.forEach((id, where) -> {
            Input input = inputs.remove(id);
            if (input != null && !where.isEmpty()) {
                byPlace.computeIfAbsent(groupTitle(where.get(0)), k -> new ArrayList<>()).add(input);
            }
        });
        List<Group> groups = new ArrayList<>();
        byPlace.forEach((title, fields) -> groups.add(new Group(title, List.copyOf(fields))));
        if (!inputs.isEmpty()) {
            groups.add(new Group("Overige velden", List.copyOf(inputs.values())));
        }
        return groups;
    }

    private String groupTitle(Completeness.Place place) {
        return titleOf(place.document()) + ": " + place.title();
    }

    private String titleOf(String document) {
        return framework.documents().stream().filter(d -> d.id().equals(document)).map(Document::titel).findFirst().orElse(document);
    }

    private Input input(Field field) {
        String value = view.value(field.id());
        FieldType type = field.type();
        // A value the type rejects stays visible as text, so the browser does not drop it.
        boolean valid = value.isEmpty() || type.problem(value).isEmpty();
        String input = !valid ? "text" : switch (type) {
            case DATUM -> "date";
            case TELEFOON -> "tel";
            case EMAIL -> "email";
            case URL -> "url";
            case ADRES -> "textarea";
            case TEKST, GETAL -> "text";
        };
        String current = value.isEmpty() ? "" : type.text(value);
        return new Input(field.id(), field.label(), type.id(), input, type == FieldType.GETAL ? "numeric" : "",
                type == FieldType.DATUM && valid ? value.strip() : value, current, field.klasse().id(),
                pages(places.getOrDefault(field.id(), List.of())));
    }

    /** One link per page a field appears on (its first place there), named with the document when it is another one. */
    private List<Link> pages(List<Completeness.Place> where) {
        Map<String, Link> links = new LinkedHashMap<>();
        for (Completeness.Place place : where) {
            boolean sameDocument = place.document().equals(where.get(0).document());
            links.putIfAbsent(place.document() + "/" + place.part(),
                    new Link(sameDocument ? place.title() : titleOf(place.document()) + ": " + place.title(), place.href()));
        }
        return List.copyOf(links.values());
    }

    /** The school's fields above the edition: not on this page, filled in via the edition that has them. */
    private List<String> hidden() {
        return framework.fields().values().stream().filter(f -> !f.boardSet() && !f.klasse().within(view.edition())).map(Field::id).toList();
    }

    private List<ChoiceGroup> choices() {
        List<ChoiceGroup> choices = new ArrayList<>();
        for (Choice choice : framework.choices().values()) {
            // an unanswered choice has no option checked, so that saving or downloading answers it only when someone picks one
            String picked = school.choices().get(choice.id());
            List<Option> options = new ArrayList<>();
            choice.opties().forEach((id, text) -> options.add(new Option(id, text, id.equals(choice.standaard()), id.equals(picked))));
            String current = choice.opties().getOrDefault(school.answer(choice), school.answer(choice));
            choices.add(new ChoiceGroup(choice.id(), choice.vraag(), List.copyOf(options), picked == null, current));
        }
        return choices;
    }

    private List<Switch> switches() {
        List<Switch> switches = new ArrayList<>();
        for (Document document : framework.documents()) {
            for (Part part : document.parts()) {
                if (part instanceof Part.FilePart f && f.optional()) {
                    boolean on = school.optionalPartOn(f.id());
                    switches.add(new Switch(f.id(), partTitles.getOrDefault(f.id(), titleOf(f)), on));
                }
            }
        }
        return switches;
    }

    /** The title of a part the plan does not show: its AsciiDoc document title, or else its id. */
    private static String titleOf(Part.FilePart part) {
        return nl.vplan.load.AsciidocSource.documentTitle(part.file()).orElse(part.id());
    }

    /** What invullen.js needs besides the inputs: the school, its kept settings and the fields' ids and types. */
    private Map<String, Object> data(List<Group> groups) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("school", school.id());
        data.put("naam", school.naam());
        data.put("logo", school.logo() == null ? "" : school.logo());
        data.put("bijlagen", new java.util.TreeMap<>(school.attachments())); // the same page from every run
        data.put("aan", school.partsOn().stream().sorted().toList());
        List<Map<String, String>> fields = new ArrayList<>();
        for (Group group : groups) {
            for (Input input : group.fields()) {
                Map<String, String> field = new LinkedHashMap<>();
                field.put("id", input.id());
                field.put("type", input.type());
                field.put("label", input.label());
                fields.add(field);
            }
        }
        data.put("velden", fields);
        data.put("verborgen", hidden());
        return data;
    }

    /** JSON to put inside a script element: {@code <}, {@code >} and {@code &} escaped, so no value can end it. */
    static String scriptJson(Object value) {
        try {
            return JSON.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
