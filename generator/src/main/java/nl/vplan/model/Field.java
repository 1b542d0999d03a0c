package nl.vplan.model;

/** A fill-in field from {@code velden.yml}: what a school fills in, shown by {@code invul:<id>[]}. */
public record Field(String id, String label, FieldType type, Klasse klasse, SourceRef where) {

    /** The built-in field {@code invul:school.naam[]}: the school's own name from school.yml, never open. */
    public static final String SCHOOL_NAME = "school.naam";

    /** True for a field every school has without velden.yml declaring it. */
    public static boolean builtIn(String id) {
        return SCHOOL_NAME.equals(id);
    }
}
