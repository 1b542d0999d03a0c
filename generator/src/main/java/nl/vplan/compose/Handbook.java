package nl.vplan.compose;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.vplan.resolve.DocumentPlan;

/**
 * What the printed handbook of one document needs, handed from compose to assemble: the metadata
 * and every part's number, title and body HTML with the school's values already in place. {@code logo}
 * is the school's logo file, or null; {@code versions} the document's version history (printed after
 * the cover), newest first; {@code withheld} the parts of the document above this edition, named in
 * the contents at their place so the numbers around them are explained.
 */
public record Handbook(String documentId, String titel, String bestuur, String school, Path logo, String versie,
                       List<Views.Meta> meta, List<Views.VersionRow> versions, List<Chapter> chapters, boolean continuous,
                       List<DocumentPlan.Withheld> withheld, EditionStamp stamp) {

    /** A handbook without its stamp yet (set by {@link #withStamp} once the school's completeness is known). */
    public Handbook(String documentId, String titel, String bestuur, String school, Path logo, String versie,
                    List<Views.Meta> meta, List<Views.VersionRow> versions, List<Chapter> chapters, boolean continuous,
                    List<DocumentPlan.Withheld> withheld) {
        this(documentId, titel, bestuur, school, logo, versie, meta, versions, chapters, continuous, withheld, null);
    }

    public Handbook(String documentId, String titel, String bestuur, String school, Path logo, String versie,
                    List<Views.Meta> meta, List<Views.VersionRow> versions, List<Chapter> chapters, boolean continuous) {
        this(documentId, titel, bestuur, school, logo, versie, meta, versions, chapters, continuous, List.of());
    }

    /**
     * A handbook whose chapters each start on a new page; {@code continuous} lets them follow each
     * other after the first (a redline of a few changed lines per part).
     */
    public Handbook(String documentId, String titel, String bestuur, String school, Path logo, String versie,
                    List<Views.Meta> meta, List<Views.VersionRow> versions, List<Chapter> chapters) {
        this(documentId, titel, bestuur, school, logo, versie, meta, versions, chapters, false);
    }

    /** A line of the contents: a chapter, or (chapter null) the note for a part in another edition. */
    public record ContentsLine(Chapter chapter, String elsewhere) {
    }

    /** The contents in order: every chapter, with each withheld part's note at its place. */
    public List<ContentsLine> contents() {
        List<ContentsLine> lines = new ArrayList<>();
        for (int i = 0; i <= chapters.size(); i++) {
            int at = i;
            withheld.stream().filter(w -> w.before() == at).forEach(w -> lines.add(new ContentsLine(null, w.text())));
            if (i < chapters.size()) {
                lines.add(new ContentsLine(chapters.get(i), ""));
            }
        }
        return lines;
    }

    /** This handbook stamped with its edition and status (cover, footer, PDF title). */
    public Handbook withStamp(EditionStamp editionStamp) {
        return new Handbook(documentId, titel, bestuur, school, logo, versie, meta, versions, chapters, continuous, withheld, editionStamp);
    }

    /**
     * One part. {@code attachment} is set for a slot the school filled with a PDF, which is merged
     * into the handbook at this place; {@code open} for a slot still to be filled. The printed body
     * is made when the handbook is printed ({@code body}), so a build without PDFs does not make it.
     */
    /** A section of a part (its anchor in the printed body and its title as text), a bookmark under the part's. */
    public record Section(String id, String title) {
    }

    /**
     * The sections of {@code chapter} that get a bookmark: those whose anchor no other part of this
     * handbook uses. Two parts may have a section of the same name ("Wie doet wat"), and a bookmark to
     * that id would lead to the other part's.
     */
    public List<Section> bookmarks(Chapter chapter) {
        java.util.Map<String, Long> uses = chapters.stream().flatMap(c -> c.sections().stream())
                .collect(java.util.stream.Collectors.groupingBy(Section::id, java.util.stream.Collectors.counting()));
        return chapter.sections().stream().filter(section -> uses.get(section.id()) == 1).toList();
    }

    public record Chapter(String id, String number, boolean appendix, String titleHtml, String titleText,
                          Supplier<String> body, Path attachment, boolean open, List<Section> sections) {

        /** A part without sections in the PDF's bookmarks. */
        public Chapter(String id, String number, boolean appendix, String titleHtml, String titleText,
                       Supplier<String> body, Path attachment, boolean open) {
            this(id, number, appendix, titleHtml, titleText, body, attachment, open, List.of());
        }

        /** The part's text as printed: values as text, drawn boxes, form lines, links inside the handbook. */
        public String bodyHtml() {
            return body.get();
        }
    }
}
