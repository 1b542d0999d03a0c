package nl.vplan.model;

import java.util.List;

/**
 * A warning of the board's rules about one school (a required role left open, an overdue drill, a
 * passed evaluation date), with the fields whose values it names: shown on the school's pages only in
 * an edition that shows those fields, so a warning cannot carry a value above the edition.
 */
public record SchoolWarning(Problem problem, List<String> fields) {

    public SchoolWarning {
        fields = List.copyOf(fields);
    }

    public String message() {
        return problem.message();
    }
}
