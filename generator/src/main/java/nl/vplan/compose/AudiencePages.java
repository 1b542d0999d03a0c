package nl.vplan.compose;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.BiFunction;
import nl.vplan.convert.AudienceText;
import java.util.function.Supplier;
import nl.vplan.model.Audiences;

/**
 * For a document with {@code doelgroepen}: a page per audience ({@code voor-<audience>.html}) with only
 * the text marked for it, part by part, and the handbook of that text ({@code <document>-voor-<audience>.pdf}),
 * for instance the pupils' version of a code of conduct, or the staff version with its signature form.
 */
final class AudiencePages {

    /** A part on an audience page: its title, a link to the full part, and its text for the audience. */
    public record PartText(String id, String href, String titleHtml, String bodyHtml) {
    }

    private final SiteTemplates templates;
    private final boolean pdfLinks;
    private final SchoolText text;

    AudiencePages(SiteTemplates templates, boolean pdfLinks, SchoolText text) {
        this.templates = templates;
        this.pdfLinks = pdfLinks;
        this.text = text;
    }

    /**
     * Renders the pages into {@code files} under {@code folder} and returns the links for the
     * document's start page; adds a handbook per audience to {@code handbooks}. An audience without
     * text in this school's document gets neither.
     * {@code textFor} gives part i's text for an audience, if it has any.
     */
    List<Views.AudienceLink> compose(Handbook full, List<String> audiences, BiFunction<Integer, String, Optional<AudienceText>> textFor,
                                     Supplier<Map<String, Object>> baseModel, String storagePrefix, String folder,
                                     Map<String, byte[]> files, List<Handbook> handbooks) {
        List<Views.AudienceLink> links = new ArrayList<>();
        for (String audience : audiences) {
            Map<Integer, AudienceText> cuts = new java.util.LinkedHashMap<>();
            for (int i = 0; i < full.chapters().size(); i++) {
                int part = i;
                textFor.apply(i, audience).ifPresent(cut -> cuts.put(part, cut));
            }
            HandbookLinks printLinks = new HandbookLinks(
                    cuts.keySet().stream().map(i -> full.chapters().get(i).id()).collect(java.util.stream.Collectors.toSet()),
                    cuts.values().stream().flatMap(c -> c.ids().stream()).collect(java.util.stream.Collectors.toSet()));
            List<Handbook.Chapter> own = new ArrayList<>();
            List<PartText> onPage = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            Map<String, Integer> anchors = new java.util.HashMap<>();
            cuts.forEach((i, cut) -> {
                Handbook.Chapter chapter = full.chapters().get(i);
                own.add(new Handbook.Chapter(chapter.id(), chapter.number(), chapter.appendix(), chapter.titleHtml(),
                        chapter.titleText(), () -> text.print(cut.body(), printLinks), null, false));
                onPage.add(new PartText("deel-" + chapter.id(), chapter.id() + ".html",
                        DocumentPages.titleWithNumber(chapter.number(), chapter.appendix(), chapter.titleHtml()),
                        text.nestedPage(UniqueIds.within(cut.nested(), cut.ids(), ids), anchors)));
            });
            if (onPage.isEmpty()) {
                continue; // no page that only says there is nothing, e.g. when the school switched off the part with these rules
            }
            String title = full.titel() + " voor " + audience;
            String handbookId = Audiences.handbookId(full.documentId(), audience);
            String pdf = pdfLinks ? "../" + handbookId + ".pdf" : "";
            Map<String, Object> model = baseModel.get();
            model.put("title", title);
            model.put("audience", audience);
            model.put("pdfHref", pdf);
            model.put("storage", storagePrefix + Audiences.page(audience));
            model.put("parts", onPage);
            model.put("long", onPage.stream().mapToInt(p -> p.bodyHtml().length()).sum() > 6000);
            files.put(folder + Audiences.page(audience), DocumentPages.utf8(templates.render("doelgroep.ftlh", model)));
            List<Views.Meta> meta = new ArrayList<>(full.meta());
            meta.add(new Views.Meta("Doelgroep", Audiences.name(audience)));
            handbooks.add(new Handbook(handbookId, title, full.bestuur(), full.school(), full.logo(), full.versie(),
                    List.copyOf(meta), full.versions(), List.copyOf(own)));
            links.add(new Views.AudienceLink(Audiences.name(audience), Audiences.page(audience), pdf));
        }
        return links;
    }
}
