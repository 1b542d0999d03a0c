package nl.vplan.compose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vplan.compare.Comparison;
import nl.vplan.compare.DocumentChanges;
import nl.vplan.compare.PageBlocks;
import nl.vplan.compare.RenderedSchool;
import nl.vplan.convert.ConvertedDocument;
import nl.vplan.convert.ConvertedPlan;
import nl.vplan.model.Choice;
import nl.vplan.model.Document;
import nl.vplan.model.Field;
import nl.vplan.model.Framework;
import nl.vplan.model.School;
import nl.vplan.resolve.FieldView;

/**
 * The redline of a school against an earlier version: its text as its readers see it
 * ({@link #rendered}, read from the composed part pages), and per document
 * {@code <document>/wijzigingen.html}, a handbook {@code <document>-wijzigingen} for the PDF and a
 * note for the start page ("Gewijzigd sinds versie 3.0: 7 onderdelen").
 */
final class ChangePages {

    /** The start page's line for one document. */
    public record Note(String documentId, String since, int parts, boolean none, String href) {
    }

    private ChangePages() {
    }

    /** What this school's readers see, from the files just composed. */
    static RenderedSchool rendered(ConvertedPlan converted, Map<String, byte[]> files, List<Handbook> handbooks, FieldView view) {
        Framework framework = converted.plan().framework();
        Map<String, Handbook> byDocument = new HashMap<>();
        handbooks.forEach(h -> byDocument.put(h.documentId(), h));
        Map<String, RenderedSchool.RenderedDocument> documents = new LinkedHashMap<>();
        for (ConvertedDocument document : converted.documents()) {
            Document doc = document.plan().document();
            List<RenderedSchool.RenderedPart> parts = new ArrayList<>();
            for (Handbook.Chapter chapter : byDocument.get(doc.id()).chapters()) {
                String href = doc.id() + "/" + chapter.id() + ".html";
                parts.add(new RenderedSchool.RenderedPart(chapter.id(), DocumentPages.numberLabel(chapter.number(), chapter.appendix()), chapter.titleText(), href,
                        PageBlocks.of(new String(files.get(href), java.nio.charset.StandardCharsets.UTF_8))));
            }
            documents.put(doc.id(), new RenderedSchool.RenderedDocument(doc.id(), doc.titel(), doc.versie(), List.copyOf(parts)));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Field field : framework.fields().values()) {
            FieldView.Shown shown = view.of(field.id());
            if (shown instanceof FieldView.Filled || shown instanceof FieldView.Open) {
                values.put(field.label(), view.value(field.id()).isEmpty() ? "" : view.text(field.id()));
            }
        }
        School school = converted.plan().school();
        Map<String, String> choices = new LinkedHashMap<>();
        for (var entry : framework.choices().entrySet()) {
            Choice choice = entry.getValue();
            String option = school.answer(choice);
            choices.put(choice.vraag(), choice.opties().getOrDefault(option, option));
        }
        return new RenderedSchool(school.id(), Map.copyOf(documents), values, choices);
    }

    /** Adds each document's changes page and redline handbook; returns the start page's notes. */
    static List<Note> addTo(SiteTemplates templates, Baseline baseline, RenderedSchool now, School school, Framework framework,
                            FieldView view, boolean pdfLinks, String assets, Map<String, byte[]> files, List<Handbook> handbooks) {
        RenderedSchool before = baseline.school().orElse(new RenderedSchool(school.id(), Map.of(), Map.of(), Map.of()));
        List<Note> notes = new ArrayList<>();
        for (RenderedSchool.RenderedDocument document : now.documents().values().stream()
                .sorted(java.util.Comparator.comparingInt(d -> order(framework, d.id()))).toList()) {
            DocumentChanges changes = Comparison.of(before, now, document.id());
            RenderedSchool.RenderedDocument earlier = before.documents().get(document.id());
            String since = earlier != null && !earlier.versie().isEmpty() && !earlier.versie().equals(document.versie())
                    ? "versie " + earlier.versie() : baseline.label();
            Map<String, Object> model = new HashMap<>();
            model.put("titel", document.titel());
            model.put("versie", document.versie());
            model.put("since", since);
            model.put("school", school.naam());
            model.put("edition", view.edition().edition());
            model.put("changes", changes);
            model.put("bestuur", framework.bestuur());
            model.put("assets", "../" + assets);
            model.put("siteHref", "../../index.html");
            model.put("schoolHref", "../index.html");
            String pdf = document.id() + "-wijzigingen";
            model.put("pdfHref", pdfLinks ? "../" + pdf + ".pdf" : "");
            files.put(document.id() + "/wijzigingen.html", DocumentPages.utf8(templates.render("wijzigingen.ftlh", model)));
            handbooks.add(handbook(templates, model, changes, pdf, document, school, framework, since));
            notes.add(new Note(document.id(), since, changes.partsChanged(), changes.none(), document.id() + "/wijzigingen.html"));
        }
        return notes;
    }

    private static int order(Framework framework, String documentId) {
        for (int i = 0; i < framework.documents().size(); i++) {
            if (framework.documents().get(i).id().equals(documentId)) {
                return i;
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The redline as a printed handbook: the summary, then each changed part. */
    private static Handbook handbook(SiteTemplates templates, Map<String, Object> model, DocumentChanges changes, String id,
                                     RenderedSchool.RenderedDocument document, School school, Framework framework, String since) {
        List<Handbook.Chapter> chapters = new ArrayList<>();
        String summary = templates.render("wijzigingen-druk.ftlh", model);
        chapters.add(new Handbook.Chapter("samenvatting", "", false, "Samenvatting", "Samenvatting", () -> summary, null, false));
        for (DocumentChanges.PartRedline redline : changes.redlines()) {
            Map<String, Object> part = new HashMap<>(model);
            part.put("redline", redline);
            String body = templates.render("wijzigingen-druk.ftlh", part);
            String title = (redline.added() ? "Nieuw: " : "") + redline.part().title();
            chapters.add(new Handbook.Chapter("wijziging-" + redline.part().id(), "", false, nl.vplan.model.Html.escape(title), title,
                    () -> body, null, false));
        }
        List<Views.Meta> meta = new ArrayList<>();
        meta.add(new Views.Meta("Bestuur", framework.bestuur()));
        meta.add(new Views.Meta("School", school.naam()));
        meta.add(new Views.Meta("Document", document.titel() + (document.versie().isEmpty() ? "" : ", versie " + document.versie())));
        meta.add(new Views.Meta("Vergeleken met", since));
        return new Handbook(id, "Wijzigingen in " + document.titel(), framework.bestuur(), school.naam(),
                school.logoFile().orElse(null), document.versie(), meta, List.of(), chapters, true);
    }
}
