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
import nl.vplan.check.FieldScan;
import nl.vplan.compose.Completeness;
import nl.vplan.compose.Handbook;
import nl.vplan.compose.SchoolSite;
import nl.vplan.compose.SiteComposer;
import nl.vplan.compose.SiteTemplates;
import nl.vplan.compose.Views;
import nl.vplan.convert.ConvertedPlan;
import nl.vplan.convert.AsciidocEngine;
import nl.vplan.load.ContentLoader;
import nl.vplan.model.Content;
import nl.vplan.model.Klasse;
import nl.vplan.model.Problem;
import nl.vplan.model.School;
import nl.vplan.publish.SitePublisher;
import nl.vplan.resolve.Resolver;
import nl.vplan.resolve.SchoolPlan;

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

    /**
     * {@code vplan build}: checks everything, converts the schools whose inputs changed (all with
     * {@code --force}), then composes, prints and stages them side by side, and swaps them in only
     * when every one succeeded. Each school is written to disk as soon as it is done, so a board of
     * hundreds of schools never sits in memory at once.
     */
    public int build(BuildRequest request) {
        long start = System.nanoTime();
        Selection selection = select(request);
        if (selection.status() != OK) {
            return selection.status();
        }
        Content content = selection.content();
        List<Problem> problems = renderer.check(content, selection.schools(), selection.loadProblems());
        if (problems.stream().anyMatch(Problem::isError)) {
            print(problems);
            return CONTENT_ERRORS;
        }
        SchoolInputs inputs = new SchoolInputs(content.framework().contentRoot(), request);
        Map<String, String> hashes = new LinkedHashMap<>();
        List<School> changed = new ArrayList<>();
        for (School school : selection.schools()) {
            String hash = inputs.of(school);
            hashes.put(school.id(), hash);
            if (request.force() || !SchoolInputs.unchanged(request.out().resolve(school.id()), hash)) {
                changed.add(school);
            }
        }
        List<ConvertedPlan> converted = changed.isEmpty() ? List.of()
                : renderer.convert(content, changed, selection.edition(), renderer.newConverter());
        converted.forEach(plan -> problems.addAll(plan.problems()));
        print(problems);
        if (problems.stream().anyMatch(Problem::isError)) {
            return CONTENT_ERRORS;
        }

        SitePublisher publisher = new SitePublisher(request.out());
        HandbookRenderer printer = request.pdf() ? new HandbookRenderer(renderer.templates()) : null;
        Progress progress = new Progress(err, Progress.onTerminal(), converted.size());
        SiteComposer composer = renderer.newComposer(request.pdf());
        List<SitePublisher.Staged> staged = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Completeness> built;
        try {
            built = Parallel.map(converted, plan -> {
                SchoolSite site = composer.compose(plan, selection.edition().id());
                Map<String, byte[]> files = new LinkedHashMap<>(site.files());
                if (printer != null) {
                    addHandbooks(site, files, request, printer);
                }
                files.put(SchoolInputs.FILE, hashes.get(site.schoolId()).getBytes(StandardCharsets.UTF_8));
                try {
                    staged.add(publisher.stage(site.schoolId(), files));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException("kan niet schrijven naar " + request.out() + ": " + e.getMessage(), e);
                }
                progress.finished(plan.plan().school().naam());
                return site.completeness();
            });
        } catch (RuntimeException e) {
            publisher.discard(staged);
            err.println("fout: " + e.getMessage() + "; er is niets geschreven.");
            return CONTENT_ERRORS;
        }
        List<Views.SchoolSummary> summaries = summaries(content, built, request.out());
        if (request.strict() && strictFailures(problems, summaries, selection.schools())) {
            publisher.discard(staged);
            return CONTENT_ERRORS;
        }
        try {
            publisher.commit(staged);
            publisher.replaceFiles(new SiteComposer(renderer.templates()).siteIndex(content.framework(), summaries));
        } catch (IOException | RuntimeException e) {
            err.println("fout: kan niet schrijven naar " + request.out() + ": " + e.getMessage());
            return CONTENT_ERRORS;
        }
        report(selection.schools(), built, summaries);
        int unchanged = selection.schools().size() - converted.size();
        out.printf("%d %s gebouwd in %s%s (%.1f s)%n", converted.size(), converted.size() == 1 ? "school" : "scholen",
                request.out(), unchanged == 0 ? "" : ", " + unchanged + " ongewijzigd", (System.nanoTime() - start) / 1e9);
        return OK;
    }

    /** {@code vplan check}: everything {@code build} does except writing; reports problems and completeness. */
    public int check(BuildRequest request) {
        Selection selection = select(request);
        if (selection.status() != OK) {
            return selection.status();
        }
        List<Problem> problems = renderer.check(selection.content(), selection.schools(), selection.loadProblems());
        print(problems);
        if (problems.stream().anyMatch(Problem::isError)) {
            return CONTENT_ERRORS;
        }
        // completeness from the sources: no Asciidoctor, so check answers in about a second
        for (School school : selection.schools()) {
            SchoolPlan plan = Resolver.resolve(selection.content().framework(), school, selection.edition());
            Completeness c = Completeness.fromPlan(plan, FieldScan.fieldsShown(plan));
            report(school.id(), c);
            c.openSlots().forEach(s -> out.println("      open: " + s.title() + " (schoolonderdeel " + s.id() + ")"));
            c.openFields().forEach(f -> out.println("      open: " + f.field().label() + " (" + f.field().id() + ")"));
        }
        out.println("Geen fouten gevonden.");
        return OK;
    }

    /** The content and schools a command works on, or the exit status when they cannot be had. */
    private record Selection(int status, Klasse edition, Content content, List<School> schools, List<Problem> loadProblems) {
        static Selection failed(int status) {
            return new Selection(status, null, null, List.of(), List.of());
        }
    }

    private Selection select(BuildRequest request) {
        Klasse edition = request.edition();
        ContentLoader.Result loaded = ContentLoader.load(request.content());
        if (loaded.content().isEmpty()) {
            print(loaded.problems());
            return Selection.failed(CONTENT_ERRORS);
        }
        Content content = loaded.content().get();
        List<School> schools = select(content, request.schools());
        if (schools == null) {
            return Selection.failed(USAGE);
        }
        return new Selection(OK, edition, content, schools, loaded.problems());
    }

    /**
     * Adds each document's printed handbook, {@code <document>.pdf}, to the school's files, with the
     * hash of its inputs beside it ({@code .<document>.pdf.invoer}): a PDF whose inputs did not
     * change since the last build is taken over from the output folder instead of printed again.
     */
    private static void addHandbooks(SchoolSite site, Map<String, byte[]> files, BuildRequest request, HandbookRenderer printer) {
        Path previous = request.out().resolve(site.schoolId());
        for (Handbook handbook : site.handbooks()) {
            HandbookRenderer.Prepared prepared = printer.prepare(handbook);
            String pdf = handbook.documentId() + ".pdf";
            String hash = "." + pdf + ".invoer";
            byte[] unchanged = request.force() ? null : unchanged(previous.resolve(pdf), previous.resolve(hash), prepared.inputHash());
            files.put(pdf, unchanged != null ? unchanged : printer.pdf(prepared));
            files.put(hash, prepared.inputHash().getBytes(StandardCharsets.UTF_8));
        }
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

    /** With --strict: warnings and open fill-ins (of the schools built now and of unchanged ones) fail the build. */
    private boolean strictFailures(List<Problem> problems, List<Views.SchoolSummary> summaries, List<School> selected) {
        boolean failed = !problems.isEmpty();
        for (Views.SchoolSummary summary : summaries) {
            boolean chosen = selected.stream().anyMatch(s -> s.id().equals(summary.id()));
            if (chosen && summary.open() > 0) {
                err.printf("fout (--strict): %s heeft nog %d open %s%n", summary.naam(), summary.open(),
                        summary.open() == 1 ? "invulling" : "invullingen");
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

    private void report(String schoolId, Completeness c) {
        out.printf("  %-20s %3d%% ingevuld (%d van %d, %d open)%n", schoolId, c.percentage(), c.filled(), c.total(), c.open());
    }

    /** One line per selected school: its figures, or that it was left as it was. */
    private void report(List<School> selected, List<Completeness> built, List<Views.SchoolSummary> summaries) {
        for (School school : selected) {
            built.stream().filter(c -> c.schoolId().equals(school.id())).findFirst().ifPresentOrElse(c -> report(school.id(), c),
                    () -> summaries.stream().filter(s -> s.id().equals(school.id())).findFirst().ifPresent(s ->
                            out.printf("  %-20s %3d%% ingevuld (ongewijzigd, %d open)%n", school.id(), s.percentage(), s.open())));
        }
    }

    /** Every school of the content for the site's start page; schools not built now keep the figures of their last build. */
    private static List<Views.SchoolSummary> summaries(Content content, List<Completeness> built, Path outDir) {
        Map<String, Completeness> byId = new LinkedHashMap<>();
        built.forEach(c -> byId.put(c.schoolId(), c));
        List<Views.SchoolSummary> summaries = new ArrayList<>();
        for (School school : content.schools()) {
            Completeness c = byId.get(school.id());
            String href = school.id() + "/index.html";
            if (c != null) {
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
