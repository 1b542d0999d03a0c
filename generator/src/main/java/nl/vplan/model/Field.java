package nl.vplan.model;

/**
 * A fill-in field from {@code velden.yml}: what a school fills in, shown by {@code invul:<id>[]}.
 *
 * @param boardValue the value the board sets once for every school ({@code waarde} in velden.yml), or
 *                   null when each school fills it in; a board value is never open and no school sets it
 */
public record Field(String id, String label, FieldType type, Klasse klasse, SourceRef where, String boardValue) {

    /** The built-in field {@code invul:school.naam[]}: the school's own name from school.yml, never open. */
    public static final String SCHOOL_NAME = "school.naam";

    /** A field each school fills in itself. */
    public Field(String id, String label, FieldType type, Klasse klasse, SourceRef where) {
        this(id, label, type, klasse, where, null);
    }

    /** True for a field every school has without velden.yml declaring it. */
    public static boolean builtIn(String id) {
        return SCHOOL_NAME.equals(id);
    }

    /** Whether the board sets the value for every school ({@code waarde} in velden.yml). */
    public boolean boardSet() {
        return boardValue != null;
    }
}
