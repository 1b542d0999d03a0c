package nl.vplan.model;

/**
 * One entry of a document's {@code versies} in kader.yml: a version, the date it was adopted
 * ({@code yyyy-mm-dd}) and what changed. The list is newest first, as a reader reads a version table.
 */
public record Revision(String versie, String datum, String wijzigingen, SourceRef where) {
}
