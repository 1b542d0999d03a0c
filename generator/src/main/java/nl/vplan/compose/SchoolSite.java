package nl.vplan.compose;

import java.util.Map;

/**
 * All files of one school's site, by path relative to {@code <out>/<school-id>/}, kept in memory
 * until the publish stage writes them, with the school's completeness, what its handbooks need and,
 * when asked for, its text as its readers see it (to compare a later version with).
 */
public record SchoolSite(String schoolId, Map<String, byte[]> files, Completeness completeness,
                         java.util.List<Handbook> handbooks, java.util.Optional<nl.vplan.compare.RenderedSchool> rendered) {
}
