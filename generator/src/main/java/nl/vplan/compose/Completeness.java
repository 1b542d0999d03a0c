package nl.vplan.compose;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vplan.model.Choice;
import nl.vplan.model.Field;
import nl.vplan.model.School;

/**
 * How far a school has filled in its plan: every field that appears in its documents, every school
 * slot, filled or open, with links to where each appears, and every choice of the board, answered or
 * still on its default. Written as {@code volledigheid.json} and shown on the completeness page, with
 * the board's rules' warnings about the school that the edition may show ({@code warnings}).
 */
public record Completeness(String schoolId, String naam, List<FieldStatus> fields, List<SlotStatus> slots,
                           List<ChoiceStatus> choices, List<String> warnings) {

    /** A place a field appears; {@code href} is relative to the school's folder. */
    public record Place(String document, String part, String title, String href) {
    }

    public record FieldStatus(Field field, boolean filled, List<Place> places) {
    }

    /** A slot of a document: filled with the school's own text or a PDF, or still open. */
    public record SlotStatus(String document, String id, String title, String status, String href) {

        static SlotStatus of(String document, nl.vplan.resolve.PlannedPart part, String title, String href) {
            return new SlotStatus(document, part.id(), title, status(part.source()), href);
        }

        /** A slot's status as volledigheid.json and the fill-in page name it: ingevuld, bijlage or open. */
        static String status(nl.vplan.resolve.PlannedPart.Source source) {
            return source instanceof nl.vplan.resolve.PlannedPart.SchoolAddition ? "ingevuld"
                    : source instanceof nl.vplan.resolve.PlannedPart.SchoolAttachment ? "bijlage" : "open";
        }

        public boolean filled() {
            return !status.equals("open");
        }
    }

    /**
     * A board's choice: answered by the school, or not yet, and then its default applies (the school's
     * text follows the default without anyone having chosen it, so it is listed as open).
     */
    public record ChoiceStatus(Choice choice, boolean answered, String option) {

        static ChoiceStatus of(Choice choice, School school) {
            return new ChoiceStatus(choice, school.choices().containsKey(choice.id()), school.answer(choice));
        }

        /** The text of the option that applies now. */
        public String optionText() {
            return choice.opties().getOrDefault(option, option);
        }
    }

    /**
     * Completeness from a plan and the fields its text shows, without places: what {@code check}
     * reports without converting anything. Built the same way as the site's ({@link #of}).
     */
    public static Completeness fromPlan(nl.vplan.resolve.SchoolPlan plan, java.util.Set<String> fieldsShown) {
        Map<String, List<Place>> places = new LinkedHashMap<>();
        fieldsShown.forEach(id -> places.put(id, List.of()));
        List<SlotStatus> slots = new java.util.ArrayList<>();
        for (nl.vplan.resolve.DocumentPlan doc : plan.documents()) {
            for (nl.vplan.resolve.PlannedPart part : doc.parts()) {
                if (!(part.source() instanceof nl.vplan.resolve.PlannedPart.FrameworkFile)) {
                    slots.add(SlotStatus.of(doc.document().id(), part, part.title(), doc.document().id() + "/" + part.id() + ".html"));
                }
            }
        }
        return of(plan, places, slots);
    }

    /** The fields that appear ({@code places} by field id) in catalogue order, and the slots. */
    static Completeness of(nl.vplan.resolve.SchoolPlan plan, Map<String, List<Place>> places, List<SlotStatus> slots) {
        nl.vplan.resolve.FieldView view = plan.fields();
        nl.vplan.model.Framework framework = plan.framework();
        School school = plan.school();
        List<FieldStatus> fields = new java.util.ArrayList<>();
        for (Field field : framework.fields().values()) {
            List<Place> where = places.get(field.id());
            if (where != null) {
                fields.add(new FieldStatus(field, view.of(field.id()) instanceof nl.vplan.resolve.FieldView.Filled, List.copyOf(where)));
            }
        }
        fields.sort(java.util.Comparator.comparing(f -> f.field().id()));
        List<ChoiceStatus> choices = framework.choices().values().stream().map(c -> ChoiceStatus.of(c, school)).toList();
        List<String> warnings = plan.shownWarnings().stream().map(nl.vplan.model.SchoolWarning::message).toList();
        return new Completeness(school.id(), school.naam(), List.copyOf(fields), List.copyOf(slots), choices, warnings);
    }

    public int total() {
        return fields.size() + slots.size() + choices.size();
    }

    public int filled() {
        return (int) (fields.stream().filter(FieldStatus::filled).count() + slots.stream().filter(SlotStatus::filled).count()
                + choices.stream().filter(ChoiceStatus::answered).count());
    }

    public int open() {
        return total() - filled();
    }

    /** Whole percent, rounded down so that 100 means really complete. */
    public int percentage() {
        return total() == 0 ? 100 : filled() * 100 / total();
    }

    public List<FieldStatus> openFields() {
        return fields.stream().filter(f -> !f.filled()).toList();
    }

    public List<SlotStatus> openSlots() {
        return slots.stream().filter(s -> !s.filled()).toList();
    }

    /** The choices the school has not answered: their default applies. */
    public List<ChoiceStatus> openChoices() {
        return choices.stream().filter(c -> !c.answered()).toList();
    }

    /** The {@code volledigheid.json} structure (contract: per field its label, class, status and places). */
    public Map<String, Object> toJson(String edition) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("school", schoolId);
        json.put("naam", naam);
        json.put("editie", edition);
        json.put("totaal", total());
        json.put("ingevuld", filled());
        json.put("open", open());
        json.put("percentage", percentage());
        Map<String, Object> velden = new LinkedHashMap<>();
        for (FieldStatus f : fields) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("label", f.field().label());
            entry.put("type", f.field().type().id());
            entry.put("klasse", f.field().klasse().id());
            entry.put("status", f.filled() ? "ingevuld" : "open");
            entry.put("ingevuld", f.filled());
            entry.put("plaatsen", f.places().stream().map(p -> {
                Map<String, Object> place = new LinkedHashMap<>();
                place.put("document", p.document());
                place.put("onderdeel", p.part());
                place.put("titel", p.title());
                place.put("href", p.href());
                return place;
            }).toList());
            velden.put(f.field().id(), entry);
        }
        json.put("velden", velden);
        Map<String, Object> onderdelen = new LinkedHashMap<>();
        for (SlotStatus s : slots) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("document", s.document());
            entry.put("titel", s.title());
            entry.put("status", s.status());
            entry.put("href", s.href());
            onderdelen.put(s.id(), entry);
        }
        json.put("schoolonderdelen", onderdelen);
        Map<String, Object> keuzes = new LinkedHashMap<>();
        for (ChoiceStatus c : choices) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("vraag", c.choice().vraag());
            entry.put("status", c.answered() ? "gekozen" : "open");
            entry.put("optie", c.option());
            entry.put("tekst", c.optionText());
            entry.put("standaard", c.choice().standaard());
            keuzes.put(c.choice().id(), entry);
        }
        json.put("keuzes", keuzes);
        json.put("waarschuwingen", warnings.stream().map(w -> Map.of("bericht", w)).toList());
        return json;
    }
}
