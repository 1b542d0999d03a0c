/**
 * AsciiDoc to typed parts with one shared Asciidoctor ({@code AsciidocEngine}). In: a
 * {@code resolve.SchoolPlan}; out: a {@code ConvertedPlan}, per part a school-independent
 * {@code ConvertedPart}: its {@code Title}, {@code Heading}s and {@code Body} as {@code Segment}s
 * (markup, text, fill-in, block), and what {@code PartStructure} reads from the structure once per
 * conversion: protocol card, search sections, text per audience. The only stage that reads HTML.
 * A part is converted once per set of attributes it uses ({@code PlanConverter}, {@code AttributeUse}),
 * whatever the number of schools. The edition's classified blocks are cut out here ({@code ClassifiedBlocks}).
 */
package nl.vplan.convert;
