package nl.vplan.compare;

import java.util.List;
import java.util.Map;

/**
 * What one school's readers see in one edition, kept as text to compare with another version:
 * per document its parts' blocks, and the values and choices as the pages show them.
 *
 * @param values  field label → the value as a reader sees it, in the framework's order
 * @param choices a choice's question → the text of the school's option
 */
public record RenderedSchool(String schoolId, Map<String, RenderedDocument> documents, Map<String, String> values,
                             Map<String, String> choices) {

    /** One document: its title, version and parts in order. */
    public record RenderedDocument(String id, String titel, String versie, List<RenderedPart> parts) {
    }

    /** One part: its number as the pages show it ("3.", "Bijlage 2:", or empty), title, page and text. */
    public record RenderedPart(String id, String number, String title, String href, List<Block> blocks) {

        public String numberedTitle() {
            return number.isEmpty() ? title : number + " " + title;
        }
    }
}
