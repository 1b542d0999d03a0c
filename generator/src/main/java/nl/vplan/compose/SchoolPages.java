package nl.vplan.compose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.vplan.model.Framework;
import nl.vplan.model.School;
import nl.vplan.resolve.FieldView;

/**
 * The pages every school site has besides its documents: search ({@code zoeken.html} with
 * {@code zoekindex.js}) and the accessibility statement ({@code toegankelijkheid.html}); and the
 * quick-access list of emergency protocols for the school's start page.
 */
final class SchoolPages {

    static final String SEARCH = "zoeken.html";
    static final String STATEMENT = "toegankelijkheid.html";

    /**
     * A protocol in the start page's quick-access block: its page, its crisis-team card ("" for none),
     * and whether it is for acute danger.
     */
    public record Protocol(String titel, String href, String cardHref, boolean acute) {

        /**
         * The start page's list: first what is needed in acute danger (the evacuation plan, when the
         * school supplied it, and the protocols whose card is marked acuut), then the other protocols
         * with a card; each group in the order of the documents.
         */
        static List<Protocol> startPage(EmergencyBlock emergency, List<Protocol> protocols) {
            List<Protocol> all = new ArrayList<>();
            if (!emergency.evacuation().isEmpty() && !emergency.evacuationOpen()) {
                all.add(new Protocol(emergency.evacuationPdf() ? "Ontruimingsplan (PDF)" : "Ontruimingsplan", emergency.evacuation(), "", true));
            }
            protocols.stream().filter(Protocol::acute).forEach(all::add);
            protocols.stream().filter(p -> !p.acute()).forEach(all::add);
            return all;
        }
    }

    private final SiteTemplates templates;
    private final Framework framework;
    private final School school;
    private final FieldView fields;
    private final EmergencyBlock emergency;
    private final String assets;

    /** @param assets the site's scripts and style, relative to the school's folder */
    SchoolPages(SiteTemplates templates, Framework framework, School school, FieldView fields, EmergencyBlock emergency, String assets) {
        this.emergency = emergency;
        this.assets = assets;
        this.templates = templates;
        this.framework = framework;
        this.school = school;
        this.fields = fields;
    }

    /** Adds the search page, its index and the accessibility statement to {@code files}. */
    void addTo(Map<String, byte[]> files, List<SearchIndex.Entry> search) {
        files.put(SearchIndex.FILE, SearchIndex.script(search));
        files.put(SEARCH, DocumentPages.utf8(templates.render("zoeken.ftlh", model())));
        Map<String, Object> statement = model();
        statement.put("email", fields.value("school.email"));
        statement.put("telefoon", fields.value("school.telefoon"));
        // the date the newest document was established: the statement describes the site published then (and stays reproducible)
        statement.put("datum", framework.documents().stream().map(nl.vplan.model.Document::vastgesteld)
                .filter(d -> !d.isEmpty()).max(String::compareTo).map(nl.vplan.model.DutchDate::of).orElse(""));
        files.put(STATEMENT, DocumentPages.utf8(templates.render("toegankelijkheid.ftlh", statement)));
    }

    /** What every page in the school's folder shows: names and relative links. */
    Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("bestuur", framework.bestuur());
        model.put("school", school.naam());
        model.put("assets", assets);
        model.put("siteHref", "../index.html");
        model.put("schoolRoot", "");
        model.put("nood", emergency);
        model.put("searchExample", SiteComposer.searchExample(framework));
        return model;
    }
}
