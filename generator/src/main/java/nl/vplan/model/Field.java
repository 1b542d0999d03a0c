package nl.vplan.model;

/** A fill-in field from {@code velden.yml}: what a school fills in, shown by {@code invul:<id>[]}. */
public record Field(String id, String label, String type, Klasse klasse, SourceRef where) {

    public static final java.util.List<String> TYPES =
            java.util.List.of("tekst", "getal", "datum", "telefoon", "email", "url", "adres");
}
