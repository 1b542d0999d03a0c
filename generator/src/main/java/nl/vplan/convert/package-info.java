/**
 * AsciiDoc to HTML with one shared Asciidoctor ({@code AsciidocEngine}). In: a
 * {@code resolve.SchoolPlan}; out: a {@code ConvertedPlan}, per part its title, headings and body as
 * HTML. School values are not inserted here: {@code invul:}, {@code taken::} and {@code formulier::}
 * leave markers for compose, so a part is converted once per set of attributes it uses
 * ({@code PlanConverter}, {@code AttributeUse}), whatever the number of schools. The edition's
 * classified blocks are cut out here ({@code ClassifiedBlocks}).
 */
package nl.vplan.convert;
