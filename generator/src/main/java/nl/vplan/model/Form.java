package nl.vplan.model;

import java.util.List;

/** A form from {@code formulieren/<id>.yml}, shown by {@code formulier::<id>[]}: fillable on screen, printable with lines and boxes. */
public record Form(String id, String titel, String inleiding, List<Item> items, SourceRef where) {

    public static final List<String> TYPES = List.of(
            "tekst", "tekst-lang", "datum", "tijd", "getal", "keuze", "aankruisen", "handtekening");

    /** A field of the form, or a heading ({@code kop}) that groups the fields after it. */
    public record Item(String id, String label, String type, List<String> opties, String kop) {

        public boolean isHeading() {
            return !kop.isEmpty();
        }
    }
}
