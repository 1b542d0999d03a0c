package nl.vplan.compose;

import java.util.Optional;
import nl.vplan.compare.RenderedSchool;

/**
 * An earlier version to compare a school with ({@code build --vergelijk}): how it is named
 * ("versie 3.0", a git revision, a folder) and what the school's readers saw then (empty when the
 * school was not there yet).
 */
public record Baseline(String label, Optional<RenderedSchool> school) {
}
