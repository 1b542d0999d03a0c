package nl.vplan.compose;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import nl.vplan.check.DomainRules;
import nl.vplan.compare.RenderedSchool;
import nl.vplan.convert.Body;
import nl.vplan.convert.ConvertedDocument;
import nl.vplan.convert.ConvertedPlan;
import nl.vplan.model.Audiences;
import nl.vplan.model.Document;
import nl.vplan.model.DocumentLabels;
import nl.vplan.model.DutchDate;
import nl.vplan.model.Field;
import nl.vplan.model.Framework;
import nl.vplan.model.School;
import nl.vplan.resolve.FieldView;

/**
 * The compose stage: turns a school's converted plan into its site files (start page, a page per
 * part with sidebar, contents and previous/next links, completeness page and JSON) through the
 * templates. Every link is relative, so the site works from disk and from any sub-path.
 */
public final class SiteComposer {

    /** The folder of the site's scripts and style, at the top of the output (and of a standalone school's folder). */
    static final String ASSET_DIR = "_vplan/";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final SiteTemplates templates;
    /** The blocks' search texts, the same for every school of a build. */
    private final Map<String, Body> blockTexts = new ConcurrentHashMap<>();
    private final boolean pdfLinks;
    private final boolean standalone;
    /** The assets seen from a school's folder: the output's shared folder, or the school's own copy. */
    private final String assets;

    /** A composer whose pages do not link to PDFs (for the board's index and the preview). */
    public SiteComposer(SiteTemplates templates) {
        this(templates, false, false);
    }

    /**
     * @param pdfLinks   whether the build writes the handbooks, so pages may link to them
     * @param standalone whether each school's folder gets its own copy of the assets, so that it works
     *                   copied alone; otherwise its pages use the one copy at the top of the output
     */
    public SiteComposer(SiteTemplates templates, boolean pdfLinks, boolean standalone) {
        this.templates = templates;
        this.pdfLinks = pdfLinks;
        this.standalone = standalone;
        this.assets = standalone ? ASSET_DIR : "../" + ASSET_DIR;
    }

    public SchoolSite compose(ConvertedPlan converted) {
        return compose(converted, Optional.empty(), false);
    }

    /**
     * A school's site; with a {@code baseline}, also what changed since it (a page and a PDF per
     * document, a note on the start page). {@code keepText} keeps the school's text as its readers see
     * it in the site ({@link SchoolSite#rendered}), to compare a later version with.
     */
    public SchoolSite compose(ConvertedPlan converted, Optional<Baseline> baseline, boolean keepText) {
        Framework framework = converted.plan().framework();
        School school = converted.plan().school();
        FieldView fields = converted.plan().fields();
        Blocks blocks = new Blocks(templates, framework, fields, converted.plan().attributes().keySet(), blockTexts);
        SchoolText text = new SchoolText(fields, blocks);
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, List<Completeness.Place>> places = new LinkedHashMap<>();
        List<Completeness.SlotStatus> slots = new ArrayList<>();
        List<Handbook> handbooks = new ArrayList<>();
        List<SearchIndex.Entry> search = new ArrayList<>();
        List<SchoolPages.Protocol> protocols = new ArrayList<>();
        EmergencyBlock emergency = EmergencyBlock.of(converted);

        List<DocumentPages> documents = new ArrayList<>();
        for (ConvertedDocument document : converted.documents()) {
            DocumentPages pages = new DocumentPages(templates, framework, school, text, document, pdfLinks, emergency, assets);
            pages.collect();
            pages.places.forEach((field, where) -> places.computeIfAbsent(field, k -> new ArrayList<>()).addAll(where));
            slots.addAll(pages.slots);
            documents.add(pages);
        }
        // the pages' headers say how complete the school is, so completeness comes first
        Completeness completeness = Completeness.of(converted.plan(), places, slots);
        EditionStamp stamp = new EditionStamp(fields.edition(), school.id(), completeness.open());
        for (DocumentPages pages : documents) {
            pages.compose(files, stamp);
            handbooks.add(pages.handbook());
            handbooks.addAll(pages.audienceHandbooks);
            search.addAll(pages.search);
            protocols.addAll(pages.protocols);
        }
        YearPlanning planning = new YearPlanning(framework, school, fields, blocks, taskListPages(converted),
                calendarLabels(converted), DomainRules.today());
        files.put("jaarplanning.ics", planning.ics());
        SchoolPages schoolPages = new SchoolPages(templates, framework, school, fields, emergency, assets);
        if (planning.hasTasks()) {
            Map<String, Object> model = planning.model();
            model.putAll(schoolPages.model());
            model.put("storage", "vplan:" + school.id() + ":jaarplanning");
            model.put("stamp", stamp);
            files.put("jaarplanning.html", utf8(templates.render("jaarplanning.ftlh", model)));
        }
        schoolPages.addTo(files, search);
        String logo = school.logoFile().map(file -> {
            String name = "logo" + file.getFileName().toString().replaceAll("^.*(\\.[A-Za-z]+)$", "$1").toLowerCase(java.util.Locale.ROOT);
            files.put(name, DocumentPages.read(file));
            return name;
        }).orElse("");
        boolean fillIn = FillInForm.inEdition(fields.edition());
        if (fillIn) {
            Map<String, Object> form = new FillInForm(framework, school, fields, places, partTitles(converted, text)).model();
            form.putAll(completenessModel(schoolPages, completeness));
            form.put("stamp", stamp);
            files.put(FillInForm.PAGE, utf8(templates.render("invullen.ftlh", form)));
        }
        Optional<RenderedSchool> rendered = keepText || baseline.isPresent()
                ? Optional.of(ChangePages.rendered(converted, files, handbooks, fields)) : Optional.empty();
        List<ChangePages.Note> changes = baseline.map(b -> ChangePages.addTo(templates, b, rendered.get(), school, framework, fields,
                pdfLinks, assets, files, handbooks)).orElse(List.of());
        Map<String, Object> start = schoolModel(schoolPages, converted, framework, school, completeness);
        start.put("changes", changes);
        start.put("logo", logo);
        start.put("protocols", SchoolPages.Protocol.startPage(emergency, protocols));
        start.put("fillIn", fillIn);
        start.put("stamp", stamp);
        files.put("index.html", utf8(templates.render("school.ftlh", start)));
        Map<String, Object> report = completenessModel(schoolPages, completeness);
        report.put("fillIn", fillIn);
        report.put("stamp", stamp);
        files.put("volledigheid.html", utf8(templates.render("volledigheid.ftlh", report)));
        files.put("volledigheid.json", json(completeness.toJson(fields.edition().id())));
        if (standalone) {
            addAssets(files);
        }
        handbooks.replaceAll(handbook -> handbook.withStamp(stamp));
        return new SchoolSite(school.id(), files, completeness, List.copyOf(handbooks), keepText ? rendered : Optional.empty());
    }

    /** The plain titles of the parts the plan shows, by part id (for the fill-in page's switches). */
    private static Map<String, String> partTitles(ConvertedPlan converted, SchoolText text) {
        Map<String, String> titles = new HashMap<>();
        for (ConvertedDocument document : converted.documents()) {
            document.parts().forEach(part -> titles.putIfAbsent(part.part().id(), text.text(part.title().text())));
        }
        return titles;
    }

    /** The example word of the search box on the school's own pages: the first document's. */
    static String searchExample(Framework framework) {
        return framework.documents().isEmpty() ? DocumentLabels.DEFAULT.zoekvoorbeeld()
                : framework.documents().get(0).labels().zoekvoorbeeld();
    }

    /** The calendar's words: those of the first document that shows a task list, else of the first document. */
    private static DocumentLabels calendarLabels(ConvertedPlan converted) {
        return converted.documents().stream()
                .filter(d -> d.parts().stream().anyMatch(p -> p.body().blocks("taken").findAny().isPresent()))
                .findFirst().or(() -> converted.documents().stream().findFirst())
                .map(d -> d.plan().document().labels()).orElse(DocumentLabels.DEFAULT);
    }

    /** The page each task list is shown on ({@code taken::<list>[]} in a part). */
    private static Map<String, String> taskListPages(ConvertedPlan converted) {
        Map<String, String> pages = new HashMap<>();
        for (ConvertedDocument document : converted.documents()) {
            for (var part : document.parts()) {
                part.body().blocks("taken").forEach(list -> pages.putIfAbsent(list,
                        document.plan().document().id() + "/" + part.part().id() + ".html"));
            }
        }
        return pages;
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

    static List<Views.Meta> meta(Document doc, School school, Framework framework) {
        List<Views.Meta> rows = new ArrayList<>();
        rows.add(new Views.Meta("Bestuur", framework.bestuur()));
        rows.add(new Views.Meta("School", school.naam()));
        rows.add(new Views.Meta("Titel", doc.titel()));
        addIfPresent(rows, "Nummer", doc.nummer());
        addIfPresent(rows, "Versie", doc.versie());
        addIfPresent(rows, "Vastgesteld", DutchDate.of(doc.vastgesteld()));
        addIfPresent(rows, "Proceseigenaar", doc.proceseigenaar());
        addIfPresent(rows, "Volgende evaluatie", DutchDate.of(doc.evaluatie()));
        return rows;
    }

    private static void addIfPresent(List<Views.Meta> rows, String label, String value) {
        if (!value.isEmpty()) {
            rows.add(new Views.Meta(label, value));
        }
    }

    private Map<String, Object> schoolModel(SchoolPages pages, ConvertedPlan converted, Framework framework, School school, Completeness c) {
        Map<String, Object> model = pages.model();
        model.put("completeness", c);
        model.put("planning", !framework.tasks().isEmpty());
        model.put("planningTitle", calendarLabels(converted).jaarplanning());
        model.put("documents", converted.documents().stream().map(d -> new Views.DocumentSummary(
                d.plan().document().id(), d.plan().document().titel(), d.plan().document().id() + "/index.html",
                meta(d.plan().document(), school, framework), d.parts().size(),
                d.plan().document().doelgroepen().stream()
                        .filter(a -> d.parts().stream().anyMatch(p -> p.audiences().containsKey(a))) // as AudiencePages
                        .map(a -> new Views.AudienceLink(
                        Audiences.name(a), Audiences.page(a), "")).toList())).toList());
        Map<String, String> consent = new HashMap<>();
        converted.documents().forEach(d -> ConsentLine.of(framework, d.plan().document(), converted.plan().fields())
                .ifPresent(line -> consent.put(d.plan().document().id(), line)));
        model.put("consent", consent);
        return model;
    }

    private static Map<String, Object> completenessModel(SchoolPages pages, Completeness c) {
        Map<String, Object> model = pages.model();
        model.put("completeness", c);
        return model;
    }

    private void addAssets(Map<String, byte[]> files) {
        for (String asset : SiteTemplates.ASSETS) {
            files.put(ASSET_DIR + asset, templates.asset(asset));
        }
    }

    private static byte[] utf8(String text) {
        return DocumentPages.utf8(text);
    }

    private static byte[] json(Object value) {
        try {
            return (JSON.writeValueAsString(value) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
