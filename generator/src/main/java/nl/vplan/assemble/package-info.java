/**
 * Prints a document as a PDF handbook. In: a {@code compose.Handbook} (the document's metadata and
 * each part's number, title and body with the school's values); out: {@code <document>.pdf} bytes
 * (OpenHTMLtoPDF, PDF/UA tagged), with a school's attached PDFs drawn over their placeholder pages
 * ({@code AttachedPages}) and an input hash so an unchanged PDF is not printed again.
 */
package nl.vplan.assemble;
