/**
 * Fill: a school's part of the plan changed by the people who know it, without a text editor.
 * Changes from the fill-in page (saved through the preview) or a board's spreadsheet are checked
 * with the rules {@code check} uses ({@code load.SchoolRules}) and written into the school's folder:
 * school.yml edited in place ({@link nl.vplan.fill.SchoolYaml}), texts under {@code aanvullingen/},
 * atomically. The board's spreadsheet ({@code vplan invulsheet}) is written by
 * {@link nl.vplan.fill.FillInSheet} (Apache POI; where each field appears found as {@code check}
 * finds it, with {@code check.FieldScan} over the resolved plans) and read back by
 * {@link nl.vplan.fill.SheetImport}: every cell checked and located ("Velden!F14"), then
 * {@link nl.vplan.fill.SchoolUpdate} per school, nothing written when anything is wrong. Uses the
 * stages below (pipeline, check, resolve, load, model); used by serve and cli.
 */
package nl.vplan.fill;
