/**
 * Turns a converted plan into one school's site in memory. In: a {@code convert.ConvertedPlan}
 * (typed parts) with its {@code resolve.FieldView}; out: a {@code SchoolSite} (every file by relative
 * path, the {@code Completeness} report and a {@code Handbook} per document for assemble).
 * {@code SchoolText} puts in what the field view says and the blocks ({@code Blocks}); the rest builds
 * navigation, search index, audience pages, the year planning and the fill-in page ({@code FillInForm})
 * with FreeMarker templates.
 */
package nl.vplan.compose;
