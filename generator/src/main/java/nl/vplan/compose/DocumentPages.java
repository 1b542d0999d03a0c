package nl.vplan.compose;

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
import nl.vplan.convert.ProtocolCard;
import nl.vplan.model.Document;
import nl.vplan.model.Framework;
import nl.vplan.model.School;
import nl.vplan.resolve.FieldView;
import nl.vplan.resolve.PlannedPart;

/**
 * The pages of one document of one school: its start page with the metadata, a page per part with
 * sidebar, contents and previous/next links, and a card page per protocol. Notes where each
 * fill-in appears and the state of each slot for the completeness report.
 */
final class DocumentPages {

    private final SiteTemplates templates;
    private final Framework framework;
    private final School school;
    private final SchoolText text;
    private final Document doc;
    private final List<ConvertedPart> parts;
    private final List<String> navTitles;
    /** The sidebar's lines: the parts, and at their places the parts of another edition. */
    private final List<Views.Link> nav;
    private final SidebarItems sidebar;
    /** The parts' titles as plain text, for page titles and reports. */
    private final List<String> plainTitles;
    /** Where links between the parts go in the printed document. */
    private final HandbookLinks links;
    private final String folder;
    /** The parts of the school's document above this edition, shown as a note at their place. */
    private final List<nl.vplan.resolve.DocumentPlan.Withheld> withheld;

    /** Filled while composing: where each field appears (in order of first appearance), and each slot's state. */
    final Map<String, List<Completeness.Place>> places = new LinkedHashMap<>();
    final List<Completeness.SlotStatus> slots = new ArrayList<>();
    final List<Handbook.Chapter> chapters = new ArrayList<>();
    /** The protocols of this document with a crisis-team card, for quick access on the school's start page. */
    final List<SchoolPages.Protocol> protocols = new ArrayList<>();
    /** This document's entries for the school's search index. */
    final List<SearchIndex.Entry> search = new ArrayList<>();

    private Handbook handbook;
    /** The parts' page bodies, rendered by {@link #collect}. */
    private final List<SchoolText.Rendered> bodies = new ArrayList<>();
    private EditionStamp stamp;
    /** The printed versions of this document for its audiences, filled by {@link #compose}. */
    final List<Handbook> audienceHandbooks = new ArrayList<>();
    private final boolean pdfLinks;

    /** The "In nood" block every page shows. */
    private final EmergencyBlock emergency;
    /** The site's scripts and style, relative to the document's folder. */
    private final String assets;

    DocumentPages(SiteTemplates templates, Framework framework, School school, SchoolText text, ConvertedDocument document,
                  boolean pdfLinks, EmergencyBlock emergency, String assets) {
        this.emergency = emergency;
        this.assets = "../" + assets;
        this.pdfLinks = pdfLinks;
        this.templates = templates;
        this.framework = framework;
        this.school = school;
        this.text = text;
        this.doc = document.plan().document();
        this.parts = document.parts();
        this.navTitles = parts.stream().map(p -> text.title(p.title().html())).toList();
        this.plainTitles = parts.stream().map(p -> text.text(p.title().text())).toList();
        this.links = new HandbookLinks(parts.stream().map(p -> p.part().id()).collect(java.util.stream.Collectors.toSet()),
                parts.stream().flatMap(p -> p.ids().stream()).collect(java.util.stream.Collectors.toSet()));
        this.folder = doc.id() + "/";
        this.withheld = document.plan().withheld();
        this.nav = navLines();
        this.sidebar = new SidebarItems(nav);
    }

    private List<Views.Link> navLines() {
        List<Views.Link> lines = new ArrayList<>();
        for (int i = 0; i <= parts.size(); i++) {
            int at = i;
            withheld.stream().filter(w -> w.before() == at)
                    .forEach(w -> lines.add(new Views.Link("", "", nl.vplan.model.Html.escape(w.text()))));
            if (i < parts.size()) {
                lines.add(link(i));
            }
        }
        return List.copyOf(lines);
    }

    /** The printed version of the whole document; set by {@link #compose}. */
    Handbook handbook() {
        return handbook;
    }

    /**
     * Renders the parts' text and notes where each field appears and each slot's state: what the
     * school's completeness needs before any page (whose header shows it) is written.
     */
    void collect() {
        for (int i = 0; i < parts.size(); i++) {
            ConvertedPart part = parts.get(i);
            PlannedPart planned = part.part();
            String page = planned.id() + ".html";
            String pageTitle = titleWithNumber(planned, plainTitles.get(i));
            SchoolText.Rendered body = text.page(part.body());
            bodies.add(body);
            for (SchoolText.Occurrence o : body.occurrences()) {
                places.computeIfAbsent(o.fieldId(), k -> new ArrayList<>()).add(new Completeness.Place(
                        doc.id(), planned.id(), pageTitle, folder + page + "#" + o.anchor()));
            }
            if (!(planned.source() instanceof PlannedPart.FrameworkFile)) {
                slots.add(Completeness.SlotStatus.of(doc.id(), planned, plainTitles.get(i), folder + page));
            }
        }
    }

    /**
     * Renders every page of the document into {@code files} (paths relative to the school's folder),
     * after {@link #collect}; {@code stamp} says on every page which version it is.
     */
    void compose(Map<String, byte[]> files, EditionStamp stamp) {
        this.stamp = stamp;
        for (int i = 0; i < parts.size(); i++) {
            part(i, files);
        }
        List<Views.Meta> cover = new ArrayList<>(SiteComposer.meta(doc, school, framework));
        ConsentLine.of(framework, doc, text.fields()).ifPresent(line -> cover.add(new Views.Meta("Instemming MR", line)));
        handbook = new Handbook(doc.id(), doc.titel(), framework.bestuur(), school.naam(), school.logoFile().orElse(null), doc.versie(),
                List.copyOf(cover), Views.VersionRow.of(doc), List.copyOf(chapters), false, withheld);
        List<Views.AudienceLink> audiences = new AudiencePages(templates, pdfLinks, text).compose(handbook, doc.doelgroepen(),
                (i, audience) -> java.util.Optional.ofNullable(parts.get(i).audiences().get(audience)), () -> model(-1), "vplan:" + school.id() + ":" + doc.id() + "/", folder, files, audienceHandbooks);
        Map<String, Object> start = model(-1);
        start.put("title", doc.titel());
        start.put("audiences", audiences);
        start.put("pdfHref", pdfLinks ? "../" + doc.id() + ".pdf" : "");
        start.put("pdfDownload", stamp.downloadName(doc.id()));
        start.put("meta", SiteComposer.meta(doc, school, framework));
        start.put("versions", handbook.versions());
        start.put("next", parts.isEmpty() ? null : link(0));
        files.put(folder + "index.html", utf8(templates.render("document.ftlh", start)));
    }

    private void part(int i, Map<String, byte[]> files) {
        ConvertedPart part = parts.get(i);
        PlannedPart planned = part.part();
        String page = planned.id() + ".html";
        String fullTitle = titleWithNumber(planned, navTitles.get(i));
        String pageTitle = titleWithNumber(planned, plainTitles.get(i));
        SchoolText.Rendered body = bodies.get(i);
        String attachmentHref = "";
        if (planned.source() instanceof PlannedPart.SchoolAttachment a) {
            attachmentHref = attachmentHref(planned);
            files.put(folder + attachmentHref, read(a.file()));
            // the PDF's own words, so searching for "brand" finds the school's evacuation plan
            search.add(new SearchIndex.Entry(folder + page, doc.titel(), pageTitle, "", AttachmentText.of(a.file())));
        } else {
            search.addAll(SearchIndex.entries(folder + page, doc.titel(), pageTitle, part.search(), text));
        }
        chapters.add(new Handbook.Chapter(planned.id(), planned.number(), planned.kind() == nl.vplan.model.PartKind.BIJLAGE,
                navTitles.get(i), plainTitles.get(i), () -> text.print(part.body(), links),
                planned.source() instanceof PlannedPart.SchoolAttachment a ? a.file() : null, planned.isOpenSlot(),
                part.headings().stream().filter(h -> h.level() == 1)
                        .map(h -> new Handbook.Section(h.id(), text.text(h.title().text()))).toList()));
        String cardHref = part.card().map(ProtocolCard::body).filter(this::reachesSomeone).map(text::inline).map(card -> {
            String href = planned.id() + "-kaart.html";
            Map<String, Object> cardModel = model(i);
            cardModel.put("title", doc.labels().kaart() + ": " + plainTitles.get(i));
            cardModel.put("cardHtml", card);
            cardModel.put("partHref", page);
            cardModel.put("partTitle", pageTitle);
            cardModel.put("versionLine", versionLine());
            files.put(folder + href, utf8(templates.render("kaart.ftlh", cardModel)));
            return href;
        }).orElse("");
        if (part.card().isPresent()) {
            // a protocol stays in the start page's quick access when its card is left out of this edition
            protocols.add(new SchoolPages.Protocol(plainTitles.get(i), folder + page, cardHref.isEmpty() ? "" : folder + cardHref,
                    part.card().get().acute()));
        }

        Map<String, Object> model = model(i);
        model.put("title", pageTitle);
        model.put("titleHtml", fullTitle);
        model.put("bodyHtml", body.html());
        model.put("storage", "vplan:" + school.id() + ":" + doc.id() + "/" + planned.id());
        model.put("toc", part.headings().stream()
                .filter(h -> h.level() <= 2)
                .map(h -> new Views.TocEntry(h.id(), h.level(), text.title(h.title().html())))
                .toList());
        model.put("slot", planned.isOpenSlot() ? "open" : attachmentHref.isEmpty() ? "" : "bijlage");
        model.put("attachmentHref", attachmentHref);
        model.put("cardHref", cardHref);
        model.put("previous", i == 0 ? new Views.Link("index.html", "", "Voorblad") : link(i - 1));
        model.put("next", i + 1 < parts.size() ? link(i + 1) : null);
        files.put(folder + page, utf8(templates.render("onderdeel.ftlh", model)));
    }

    /**
     * Whether a crisis-team card shows at least one of its contacts (telephone numbers, e-mail
     * addresses) in this edition: a card whose every contact is left out (the public edition) would
     * send the team nowhere, so it is not published. A card without contacts is kept.
     */
    private boolean reachesSomeone(nl.vplan.convert.Body card) {
        List<FieldView.Shown> contacts = card.segments().stream()
                .filter(s -> s instanceof nl.vplan.convert.Segment.FillIn)
                .map(s -> text.fields().of(((nl.vplan.convert.Segment.FillIn) s).fieldId()))
                .filter(DocumentPages::isContact).toList();
        return contacts.isEmpty() || contacts.stream().anyMatch(c -> !(c instanceof FieldView.Elsewhere));
    }

    private static boolean isContact(FieldView.Shown shown) {
        nl.vplan.model.Field field = shown instanceof FieldView.Filled f ? f.field() : shown instanceof FieldView.Open o ? o.field()
                : shown instanceof FieldView.Elsewhere e ? e.field() : null;
        return field != null && (field.type() == nl.vplan.model.FieldType.TELEFOON || field.type() == nl.vplan.model.FieldType.EMAIL);
    }

    /** What every page of the document shows: names, relative links and the sidebar with {@code current} marked. */
    private Map<String, Object> model(int current) {
        Map<String, Object> model = new HashMap<>();
        model.put("bestuur", framework.bestuur());
        model.put("school", school.naam());
        model.put("document", doc.titel());
        model.put("assets", assets);
        model.put("schoolHref", "../index.html");
        model.put("siteHref", "../../index.html");
        model.put("schoolRoot", "../");
        model.put("nood", emergency);
        model.put("searchExample", doc.labels().zoekvoorbeeld());
        model.put("cardLabel", doc.labels().kaart());
        model.put("nav", nav);
        model.put("navHtml", sidebar.html(current));
        model.put("startCurrent", current < 0);
        model.put("stamp", stamp);
        return model;
    }

    /** "Veiligheidsplan, versie 3.1, vastgesteld 1 september 2026": which text a printed card comes from. */
    private String versionLine() {
        String versie = doc.versie().isEmpty() ? "" : ", versie " + doc.versie();
        String vastgesteld = nl.vplan.model.DutchDate.of(doc.vastgesteld());
        return doc.titel() + versie + (vastgesteld.isEmpty() ? "" : ", vastgesteld " + vastgesteld);
    }

    private Views.Link link(int i) {
        PlannedPart part = parts.get(i).part();
        return new Views.Link(part.id() + ".html", numberLabel(part.number(), part.kind() == nl.vplan.model.PartKind.BIJLAGE),
                navTitles.get(i));
    }

    /** Where a school's attached PDF lies, relative to its document's folder. */
    static String attachmentHref(PlannedPart part) {
        return "bijlagen/" + part.id() + ".pdf";
    }

    private static String titleWithNumber(PlannedPart part, String titleHtml) {
        // the same for a title as HTML and as text: the number is digits and words
        return titleWithNumber(part.number(), part.kind() == nl.vplan.model.PartKind.BIJLAGE, titleHtml);
    }

    /** "3. Regels", "Bijlage 2: Pestprotocol", or the bare title of an unnumbered part. */
    static String titleWithNumber(String number, boolean appendix, String titleHtml) {
        return number.isEmpty() ? titleHtml : numberLabel(number, appendix) + " " + titleHtml;
    }

    /** A part's number as every page and the handbook show it before its title: "3." or "Bijlage 2:" ("" unnumbered). */
    static String numberLabel(String number, boolean appendix) {
        return number.isEmpty() ? "" : number + (appendix ? ":" : ".");
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] read(java.nio.file.Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
