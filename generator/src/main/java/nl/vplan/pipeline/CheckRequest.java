package nl.vplan.pipeline;

import java.nio.file.Path;
import java.util.List;
import nl.vplan.model.Klasse;

/**
 * What the user asked {@code vplan check} for.
 *
 * @param schools the school ids to check; empty means all
 * @param edition the edition to check: completeness counts only what that edition shows
 * @param strict  warnings and open fill-ins fail (exit status 1), decided as {@code build --strict} does
 * @param json    print one JSON document on stdout instead of the text report (see README.md, "check --formaat json")
 */
public record CheckRequest(Path content, List<String> schools, Klasse edition, boolean strict, boolean json) {
}
