package nl.vplan.compose;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vplan.convert.ConvertedDocument;
import nl.vplan.convert.ConvertedPart;
import nl.vplan.convert.ConvertedPlan;
import nl.vplan.convert.Heading;
import nl.vplan.model.Document;
import nl.vplan.model.Field;
import nl.vplan.model.Framework;
import nl.vplan.model.School;
import nl.vplan.resolve.PlannedPart;

/**
 * The compose stage: turns a school's converted plan into its site files (start page, a page per
 * part with sidebar, contents and previous/next links, completeness page and JSON) through the
 * templates. Every link is relative, so the site works from disk and from any sub-path.
 */
public final class SiteComposer {

    static final String ASSET_DIR = "_vplan/";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final SiteTemplates templates;

    public SiteComposer(SiteTemplates templates) {
        this.templates = templates;
    }

    public SchoolSite compose(ConvertedPlan converted, String edition) {
        Framework framework = converted.plan().framework();
        School school = converted.plan().school();
        FillIns fillIns = new FillIns(framework, school);
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, List<Completeness.Place>> places = new LinkedHashMap<>();
        List<Completeness.SlotStatus> slots = new ArrayList<>();

        for (ConvertedDocument document : converted.documents()) {
            composeDocument(document, school, framework, fillIns, files, places, slots);
        }
        Completeness completeness = completeness(framework, school, places, slots);
        files.put("index.html", utf8(templates.render("school.ftlh", schoolModel(converted, framework, school, completeness))));
        files.put("volledigheid.html", utf8(templates.render("volledigheid.ftlh", completenessModel(framework, school, completeness))));
        files.put("volledigheid.json", json(completeness.toJson(edition)));
        addAssets(files);
        return new SchoolSite(school.id(), files, completeness);
    }

    /** The site's start page listing the schools, with its assets; paths relative to {@code <out>/}. */
    public Map<String, byte[]> siteIndex(Framework framework, List<Views.SchoolSummary> schools) {
        Map<String, Object> model = new HashMap<>();
        model.put("bestuur", framework.bestuur());
        model.put("assets", ASSET_DIR);
        model.put("schools", schools);
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("index.html", utf8(templates.render("scholen.ftlh", model)));
        addAssets(files);
        return files;
    }

    private void composeDocument(ConvertedDocument document, School school, Framework framework, FillIns fillIns,
                                 Map<String, byte[]> files, Map<String, List<Completeness.Place>> places,
                                 List<Completeness.SlotStatus> slots) {
        Document doc = document.plan().document();
        List<ConvertedPart> parts = document.parts();
        String folder = doc.id() + "/";
        List<String> navTitles = parts.stream().map(p -> fillIns.inTitle(p.titleHtml())).toList();

        for (int i = 0; i < parts.size(); i++) {
            ConvertedPart part = parts.get(i);
            PlannedPart planned = part.part();
            String page = planned.id() + ".html";
            FillIns.Applied body = fillIns.inBody(part.bodyHtml());
            String fullTitle = titleWithNumber(planned, navTitles.get(i));
            for (FillIns.Occurrence o : body.occurrences()) {
                places.computeIfAbsent(o.fieldId(), k -> new ArrayList<>()).add(new Completeness.Place(
                        doc.id(), planned.id(), TextOf.html(fullTitle), folder + page + "#" + o.anchor()));
            }
            String attachmentHref = "";
            if (planned.source() instanceof PlannedPart.SchoolAttachment a) {
                attachmentHref = "bijlagen/" + planned.id() + ".pdf";
                files.put(folder + attachmentHref, read(a.file()));
            }
            if (!(planned.source() instanceof PlannedPart.FrameworkFile)) {
                slots.add(new Completeness.SlotStatus(doc.id(), planned.id(), TextOf.html(navTitles.get(i)),
                        slotStatus(planned), folder + page));
            }
            Map<String, Object> model = documentModel(doc, school, framework, parts, navTitles, i);
            model.put("title", TextOf.html(fullTitle));
            model.put("titleHtml", fullTitle);
            model.put("bodyHtml", body.html());
            model.put("toc", parts.get(i).headings().stream()
                    .filter(h -> h.level() <= 2)
                    .map(h -> new Views.TocEntry(h.id(), h.level(), fillIns.inTitle(h.titleHtml())))
                    .toList());
            model.put("slot", planned.isOpenSlot() ? "open" : attachmentHref.isEmpty() ? "" : "bijlage");
            model.put("attachmentHref", attachmentHref);
            model.put("previous", i == 0 ? new Views.Link("index.html", "", "Voorblad", false)
                    : link(parts.get(i - 1).part(), navTitles.get(i - 1), false));
            model.put("next", i + 1 < parts.size() ? link(parts.get(i + 1).part(), navTitles.get(i + 1), false) : null);
            files.put(folder + page, utf8(templates.render("onderdeel.ftlh", model)));
        }
        Map<String, Object> start = documentModel(doc, school, framework, parts, navTitles, -1);
        start.put("title", doc.titel());
        start.put("meta", meta(doc, school, framework));
        start.put("next", parts.isEmpty() ? null : link(parts.get(0).part(), navTitles.get(0), false));
        files.put(folder + "index.html", utf8(templates.render("document.ftlh", start)));
    }

    private static String slotStatus(PlannedPart part) {
        if (part.source() instanceof PlannedPart.SchoolAddition) {
            return "ingevuld";
        }
        return part.source() instanceof PlannedPart.SchoolAttachment ? "bijlage" : "open";
    }

    private Map<String, Object> documentModel(Document doc, School school, Framework framework,
                                              List<ConvertedPart> parts, List<String> navTitles, int current) {
        Map<String, Object> model = new HashMap<>();
        model.put("bestuur", framework.bestuur());
        model.put("school", school.naam());
        model.put("document", doc.titel());
        model.put("assets", "../" + ASSET_DIR);
        model.put("schoolHref", "../index.html");
        model.put("siteHref", "../../index.html");
        List<Views.Link> nav = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            nav.add(link(parts.get(i).part(), navTitles.get(i), i == current));
        }
        model.put("nav", nav);
        model.put("startCurrent", current < 0);
        return model;
    }

    private static Views.Link link(PlannedPart part, String titleHtml, boolean current) {
        return new Views.Link(part.id() + ".html", part.number(), titleHtml, current);
    }

    private static String titleWithNumber(PlannedPart part, String titleHtml) {
        if (part.number().isEmpty()) {
            return titleHtml;
        }
        return part.number() + (part.number().startsWith("Bijlage") ? ": " : ". ") + titleHtml;
    }

    static List<Views.Meta> meta(Document doc, School school, Framework framework) {
        List<Views.Meta> rows = new ArrayList<>();
        rows.add(new Views.Meta("Bestuur", framework.bestuur()));
        rows.add(new Views.Meta("School", school.naam()));
        rows.add(new Views.Meta("Titel", doc.titel()));
        addIfPresent(rows, "Nummer", doc.nummer());
        addIfPresent(rows, "Versie", doc.versie());
        addIfPresent(rows, "Vastgesteld", Views.dutchDate(doc.vastgesteld()));
        addIfPresent(rows, "Proceseigenaar", doc.proceseigenaar());
        addIfPresent(rows, "Volgende evaluatie", Views.dutchDate(doc.evaluatie()));
        return rows;
    }

    private static void addIfPresent(List<Views.Meta> rows, String label, String value) {
        if (!value.isEmpty()) {
            rows.add(new Views.Meta(label, value));
        }
    }

    private Map<String, Object> schoolModel(ConvertedPlan converted, Framework framework, School school, Completeness c) {
        Map<String, Object> model = new HashMap<>();
        model.put("bestuur", framework.bestuur());
        model.put("school", school.naam());
        model.put("assets", ASSET_DIR);
        model.put("siteHref", "../index.html");
        model.put("completeness", c);
        model.put("documents", converted.documents().stream().map(d -> new Views.DocumentSummary(
                d.plan().document().id(), d.plan().document().titel(), d.plan().document().id() + "/index.html",
                meta(d.plan().document(), school, framework), d.parts().size())).toList());
        return model;
    }

    private Map<String, Object> completenessModel(Framework framework, School school, Completeness c) {
        Map<String, Object> model = new HashMap<>();
        model.put("bestuur", framework.bestuur());
        model.put("school", school.naam());
        model.put("assets", ASSET_DIR);
        model.put("siteHref", "../index.html");
        model.put("completeness", c);
        return model;
    }

    private static Completeness completeness(Framework framework, School school,
                                             Map<String, List<Completeness.Place>> places,
                                             List<Completeness.SlotStatus> slots) {
        List<Completeness.FieldStatus> fields = new ArrayList<>();
        for (Field field : framework.fields().values()) {
            List<Completeness.Place> where = places.get(field.id());
            if (where != null) {
                fields.add(new Completeness.FieldStatus(field, school.values().containsKey(field.id()), List.copyOf(where)));
            }
        }
        fields.sort(java.util.Comparator.comparing(f -> f.field().id()));
        return new Completeness(school.id(), school.naam(), List.copyOf(fields), List.copyOf(slots));
    }

    private void addAssets(Map<String, byte[]> files) {
        for (String asset : SiteTemplates.ASSETS) {
            files.put(ASSET_DIR + asset, templates.asset(asset));
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] json(Object value) {
        try {
            return (JSON.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(java.nio.file.Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
