/**
 * Fill: a school's part of the plan changed by the people who know it, without a text editor.
 * Changes from the fill-in page (saved through the preview) or a board's spreadsheet are checked
 * with the rules {@code check} uses ({@code load.SchoolRules}) and written into the school's folder:
 * school.yml edited in place ({@link nl.vplan.fill.SchoolYaml}), texts under {@code aanvullingen/},
 * atomically. Uses the stages below (pipeline, load, model); used by serve and cli.
 */
package nl.vplan.fill;
