/**
 * Turns a converted plan into one school's site in memory. In: a {@code convert.ConvertedPlan}
 * (HTML with fill-in and block markers) and the school; out: a {@code SchoolSite} (every file by
 * relative path, the {@code Completeness} report and a {@code Handbook} per document for assemble).
 * Fills in values ({@code FillIns}), renders task lists and forms, builds navigation, search index,
 * audience pages and the year planning with FreeMarker templates.
 */
package nl.vplan.compose;
