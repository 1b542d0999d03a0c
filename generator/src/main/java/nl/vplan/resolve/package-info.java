/**
 * Decides what one school's plan consists of. In: the {@code model.Framework}, a
 * {@code model.School} and the edition; out: a {@code SchoolPlan}: per document the parts that are on,
 * numbered ("3", "Bijlage 2"), each with its source (framework file, school addition, attached PDF or
 * open slot), and the document attributes for Asciidoctor ({@code keuze-…}, {@code onderdeel-…}); and
 * its {@code FieldView}: what this school's reader sees of each field in this edition. The pipeline adds
 * the board's rules' warnings about the school ({@code SchoolPlan.withWarnings}), which compose shows.
 */
package nl.vplan.resolve;
