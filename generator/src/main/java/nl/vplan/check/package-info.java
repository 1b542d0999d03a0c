/**
 * Finds mistakes before anything is converted, without Asciidoctor. In: the loaded
 * {@code model.Content} (and per school a {@code resolve.SchoolPlan} for {@code FieldScan}); out: a
 * list of {@code model.Problem}s (Dutch message, file, line, column; error or warning): unknown fields
 * and audiences in the AsciiDoc sources, the board's rules across a school's values
 * ({@code DomainRules}, also per school as {@code model.SchoolWarning}s for its pages), the documents'
 * version histories ({@code RevisionRules}), a WPO reference a VO school reads ({@code SectorReferences}),
 * and which fields each school's plan shows.
 */
package nl.vplan.check;
