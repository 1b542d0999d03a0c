package nl.vplan.compose;

import java.util.Map;

/**
 * All files of one school's site, by path relative to {@code <out>/<school-id>/}, kept in memory
 * until the publish stage writes them, with the school's completeness and what its handbooks need.
 */
public record SchoolSite(String schoolId, Map<String, byte[]> files, Completeness completeness,
                         java.util.List<Handbook> handbooks) {
}
