package nl.vplan.resolve;

import java.util.List;
import nl.vplan.model.Document;
import nl.vplan.model.Klasse;
import nl.vplan.model.PartKind;

/**
 * One document as a school gets it: only the parts that are on and in the edition, numbered in
 * order, and the places of the parts the school has but this edition leaves out ({@code withheld}),
 * so their numbers stay reserved and readers see that something is missing there.
 */
public record DocumentPlan(Document document, List<PlannedPart> parts, List<Withheld> withheld) {

    public DocumentPlan(Document document, List<PlannedPart> parts) {
        this(document, parts, List.of());
    }

    /**
     * A part of the school's document above this edition: its number, its kind, its class, and the
     * index in {@link #parts} of the first part after it ({@code parts.size()} at the end).
     */
    public record Withheld(String number, PartKind kind, Klasse klasse, int before) {

        /** "Bijlage 7 — staat in de interne versie", "Hoofdstuk 4 — staat in …", "Onderdeel — …" unnumbered. */
        public String text() {
            String name = number.isEmpty() ? "Onderdeel" : kind == PartKind.BIJLAGE ? number : "Hoofdstuk " + number;
            return name + " — staat in " + klasse.edition();
        }
    }
}
