package nl.vplan.model;

import java.util.List;

/** A form from {@code formulieren/<id>.yml}, shown by {@code formulier::<id>[]}: fillable on screen, printable with lines and boxes. */
public record Form(String id, String titel, String inleiding, List<Item> items, SourceRef where) {

    public static final List<String> TYPES = List.of(
            "tekst", "tekstvak", "datum", "tijd", "getal", "bedrag", "keuze", "meerkeuze", "ja/nee", "handtekening");

    /**
     * A field of the form, or a heading ({@code kop}) that groups the fields after it.
     *
     * @param veld a fill-in field whose school value fills this form field in advance ("" for none)
     */
    public record Item(String id, String label, String type, List<String> opties, String veld, String kop) {

        public boolean isHeading() {
            return !kop.isEmpty();
        }
    }
}
