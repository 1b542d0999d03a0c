package nl.vplan.pipeline;

import java.nio.file.Path;
import java.util.List;
import nl.vplan.model.Klasse;

/**
 * What the user asked for on the command line.
 *
 * @param schools the school ids to build; empty means all
 * @param edition the edition to build: what is classified above it is left out
 * @param pdf     also print each document's handbook to {@code <school>/<document>.pdf}
 * @param force   remake everything, also output whose inputs did not change
 * @param compareWith an earlier version to show the changes since ({@code --vergelijk}: a folder or a git revision)
 * @param standalone each school's folder gets its own copy of the site's scripts and style ({@code --los}), so
 *                   it works when copied alone; otherwise the schools share {@code <out>/_vplan/}
 */
public record BuildRequest(Path content, Path out, List<String> schools, Klasse edition, boolean strict, boolean pdf,
                           boolean force, java.util.Optional<String> compareWith, boolean standalone) {

    /** A request without comparison. */
    public BuildRequest(Path content, Path out, List<String> schools, Klasse edition, boolean strict, boolean pdf, boolean force) {
        this(content, out, schools, edition, strict, pdf, force, java.util.Optional.empty(), false);
    }
}
