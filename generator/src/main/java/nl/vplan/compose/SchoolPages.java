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

    /** A protocol in the start page's quick-access block: its page and its crisis-team card. */
    public record Protocol(String titel, String href, String cardHref) {
    }

    private final SiteTemplates templates;
    private final Framework framework;
    private final School school;
    private final FieldView fields;

    SchoolPages(SiteTemplates templates, Framework framework, School school, FieldView fields) {
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
        files.put(STATEMENT, DocumentPages.utf8(templates.render("toegankelijkheid.ftlh", statement)));
    }

    /** What every page in the school's folder shows: names and relative links. */
    Map<String, Object> model() {
        Map<String, Object> model = new HashMap<>();
        model.put("bestuur", framework.bestuur());
        model.put("school", school.naam());
        model.put("assets", SiteComposer.ASSET_DIR);
        model.put("siteHref", "../index.html");
        model.put("schoolRoot", "");
        model.put("searchExample", SiteComposer.searchExample(framework));
        return model;
    }
}
