/**
 * Compare: what changed for one school's readers between an earlier version of the content and
 * this one. In: the {@link nl.vplan.compare.RenderedSchool} of both (the text each part shows this
 * school's readers in the edition built, as blocks: headings, paragraphs, list items, table cells,
 * with the school's values and choices in place). Out: {@link nl.vplan.compare.DocumentChanges} per
 * document: parts added, removed, moved and changed, changed values and choices, and each changed
 * part as a redline (words inserted and deleted inside their block). The diff itself is
 * java-diff-utils'; compose renders the result as {@code <document>/wijzigingen.html} and a PDF.
 */
package nl.vplan.compare;
