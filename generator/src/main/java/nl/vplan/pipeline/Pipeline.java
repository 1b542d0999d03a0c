package nl.vplan.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.vplan.assemble.HandbookRenderer;
import nl.vplan.compose.Completeness;
import nl.vplan.compose.Handbook;
import nl.vplan.compose.SchoolSite;
import nl.vplan.compose.SiteComposer;
import nl.vplan.compose.SiteTemplates;
import nl.vplan.compose.Views;
import nl.vplan.convert.AsciidocEngine;
import nl.vplan.load.ContentLoader;
import nl.vplan.model.Content;
import nl.vplan.model.Klasse;
import nl.vplan.model.Problem;
import nl.vplan.model.School;
import nl.vplan.publish.SitePublisher;

/**
 * Runs the stages in order: load, check, resolve, convert, compose and (for {@code build}) publish.
 * Nothing is written unless every stage succeeded for every school, so bad content never destroys
 * earlier output. Messages go to {@code err}, the report to {@code out}, both in Dutch.
 */
public final class Pipeline {

    /** Exit status of the command line (contract). */
    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final SiteRenderer renderer;
    private final PrintStream out;
    private final PrintStream err;

    /**
     * @param engine gives the process's Asciidoctor instance; asked only once the content has
     *               passed its checks, so mistakes are reported without the seconds it takes to start
     */
    public Pipeline(Supplier<AsciidocEngine> engine, SiteTemplates templates, PrintStream out, PrintStream err) {
        this.renderer = new SiteRenderer(engine, templates);
        this.out = out;
        this.err = err;
    }

    /** {@code vplan build}: renders and publishes the selected schools. */
    public int build(BuildRequest request) {
        long start = System.nanoTime();
        Rendered rendered = render(request);
        if (rendered.status != OK) {
            return rendered.status;
        }
        SitePublisher publisher = new SitePublisher(request.out());
        try {
            for (SchoolSite site : rendered.sites) {
                publisher.replaceFolder(site.schoolId(), site.files());
            }
            SiteComposer composer = new SiteComposer(renderer.templates());
            publisher.replaceFiles(composer.siteIndex(rendered.content.framework(),
                    summaries(rendered.content, rendered.sites, request.out())));
        } catch (IOException | RuntimeException e) {
            err.println("fout: kan niet schrijven naar " + request.out() + ": " + e.getMessage());
            return CONTENT_ERRORS;
        }
        rendered.sites.forEach(this::report);
        out.printf("%d %s gebouwd in %s (%.1f s)%n", rendered.sites.size(),
                rendered.sites.size() == 1 ? "school" : "scholen", request.out(), (System.nanoTime() - start) / 1e9);
        return OK;
    }

    /** {@code vplan check}: everything {@code build} does except writing; reports problems and completeness. */
    public int check(BuildRequest request) {
        Rendered rendered = render(request);
        if (rendered.status != OK) {
            return rendered.status;
        }
        for (SchoolSite site : rendered.sites) {
            report(site);
            Completeness c = site.completeness();
            c.openSlots().forEach(s -> out.println("      open: " + s.title() + " (schoolonderdeel " + s.id() + ")"));
            c.openFields().forEach(f -> out.println("      open: " + f.field().label() + " (" + f.field().id() + ")"));
        }
        out.println("Geen fouten gevonden.");
        return OK;
    }

    private record Rendered(int status, Content content, List<SchoolSite> sites) {
        static Rendered failed(int status) {
            return new Rendered(status, null, List.of());
        }
    }

    private Rendered render(BuildRequest request) {
        Klasse edition = Klasse.parse(request.edition()).orElse(null);
        if (edition == null) {
            err.println("fout: onbekende editie '" + request.edition() + "'; kies openbaar, intern of vertrouwelijk");
            return Rendered.failed(USAGE);
        }
        ContentLoader.Result loaded = ContentLoader.load(request.content());
        if (loaded.content().isEmpty()) {
            print(loaded.problems());
            return Rendered.failed(CONTENT_ERRORS);
        }
        Content content = loaded.content().get();
        List<School> schools = select(content, request.schools());
        if (schools == null) {
            return Rendered.failed(USAGE);
        }
        SiteRenderer.Rendering rendering = renderer.render(content, schools, edition, loaded.problems(), renderer::newConverter);
        print(rendering.problems());
        if (rendering.hasErrors()) {
            return Rendered.failed(CONTENT_ERRORS);
        }
        if (request.strict() && strictFailures(rendering.problems(), rendering.sites())) {
            return Rendered.failed(CONTENT_ERRORS);
        }
        List<SchoolSite> sites = request.pdf() ? withHandbooks(rendering.sites(), request) : rendering.sites();
        return new Rendered(OK, content, sites);
    }

    /**
     * Adds each document's printed handbook, {@code <document>.pdf}, to its school's files, with the
     * hash of its inputs beside it ({@code .<document>.pdf.invoer}): a PDF whose inputs did not
     * change since the last build is taken over from the output folder instead of printed again.
     */
    private List<SchoolSite> withHandbooks(List<SchoolSite> sites, BuildRequest request) {
        HandbookRenderer printer = new HandbookRenderer(renderer.templates());
        List<SchoolSite> printed = new ArrayList<>();
        for (SchoolSite site : sites) {
            Map<String, byte[]> files = new LinkedHashMap<>(site.files());
            Path previous = request.out().resolve(site.schoolId());
            for (Handbook handbook : site.handbooks()) {
                HandbookRenderer.Prepared prepared = printer.prepare(handbook);
                String pdf = handbook.documentId() + ".pdf";
                String hash = "." + pdf + ".invoer";
                byte[] unchanged = request.force() ? null : unchanged(previous.resolve(pdf), previous.resolve(hash), prepared.inputHash());
                files.put(pdf, unchanged != null ? unchanged : printer.pdf(prepared));
                files.put(hash, prepared.inputHash().getBytes(StandardCharsets.UTF_8));
            }
            printed.add(new SchoolSite(site.schoolId(), files, site.completeness(), site.handbooks()));
        }
        return printed;
    }

    /** The previous PDF, if its recorded input hash equals {@code hash}; null otherwise. */
    private static byte[] unchanged(Path pdf, Path hashFile, String hash) {
        try {
            if (Files.isRegularFile(pdf) && Files.isRegularFile(hashFile)
                    && Files.readString(hashFile, StandardCharsets.UTF_8).equals(hash)) {
                return Files.readAllBytes(pdf);
            }
        } catch (IOException e) {
            // unreadable: print it again
        }
        return null;
    }

    private boolean strictFailures(List<Problem> problems, List<SchoolSite> sites) {
        boolean failed = !problems.isEmpty();
        for (SchoolSite site : sites) {
            Completeness c = site.completeness();
            if (c.open() > 0) {
                err.printf("fout (--strict): %s heeft nog %d open %s%n", c.naam(), c.open(),
                        c.open() == 1 ? "invulling" : "invullingen");
                failed = true;
            }
        }
        if (!problems.isEmpty()) {
            err.println("fout (--strict): waarschuwingen tellen als fouten");
        }
        return failed;
    }

    private List<School> select(Content content, List<String> ids) {
        if (ids.isEmpty()) {
            return content.schools();
        }
        Map<String, School> byId = new LinkedHashMap<>();
        content.schools().forEach(s -> byId.put(s.id(), s));
        List<School> selected = new ArrayList<>();
        for (String id : ids) {
            School school = byId.get(id);
            if (school == null) {
                err.println("fout: onbekende school '" + id + "'; bekend zijn: " + String.join(", ", byId.keySet())
                        + nl.vplan.model.Ids.suggestion(id, byId.keySet()));
                return null;
            }
            if (!selected.contains(school)) {
                selected.add(school);
            }
        }
        return selected;
    }

    private void print(List<Problem> problems) {
        problems.stream()
                .sorted(Comparator.comparing((Problem p) -> p.where().display()).thenComparingInt(p -> p.where().line()))
                .forEach(p -> err.println(p.format()));
        long errors = problems.stream().filter(Problem::isError).count();
        if (errors > 0) {
            err.printf("%d %s gevonden; er is niets geschreven.%n", errors, errors == 1 ? "fout" : "fouten");
        }
    }

    private void report(SchoolSite site) {
        Completeness c = site.completeness();
        out.printf("  %-20s %3d%% ingevuld (%d van %d, %d open)%n", site.schoolId(), c.percentage(),
                c.filled(), c.total(), c.open());
    }

    /** Every school of the content for the site's start page; schools not built now keep the figures of their last build. */
    private static List<Views.SchoolSummary> summaries(Content content, List<SchoolSite> built, Path outDir) {
        Map<String, SchoolSite> byId = new LinkedHashMap<>();
        built.forEach(s -> byId.put(s.schoolId(), s));
        List<Views.SchoolSummary> summaries = new ArrayList<>();
        for (School school : content.schools()) {
            SchoolSite site = byId.get(school.id());
            String href = school.id() + "/index.html";
            if (site != null) {
                Completeness c = site.completeness();
                summaries.add(new Views.SchoolSummary(school.id(), school.naam(), href, c.percentage(), c.open()));
            } else {
                summaries.add(earlier(school, href, outDir.resolve(school.id()).resolve("volledigheid.json")));
            }
        }
        return summaries;
    }

    private static Views.SchoolSummary earlier(School school, String href, Path json) {
        if (Files.isRegularFile(json)) {
            try {
                JsonNode node = JSON.readTree(json.toFile());
                return new Views.SchoolSummary(school.id(), school.naam(), href,
                        node.path("percentage").asInt(), node.path("open").asInt());
            } catch (IOException e) {
                // an unreadable report is treated as "not built"
            }
        }
        return new Views.SchoolSummary(school.id(), school.naam(), "", -1, 0);
    }
}
