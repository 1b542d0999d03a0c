package nl.vplan.pipeline;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.vplan.check.DomainRules;
import nl.vplan.check.FieldScan;
import nl.vplan.compare.RenderedSchool;
import nl.vplan.compose.Baseline;
import nl.vplan.compose.Completeness;
import nl.vplan.compose.SchoolSite;
import nl.vplan.compose.SiteTemplates;
import nl.vplan.compose.Views;
import nl.vplan.convert.AsciidocEngine;
import nl.vplan.load.EarlierContent;
import nl.vplan.load.EvaluatedSources;
import nl.vplan.model.Content;
import nl.vplan.model.Ids;
import nl.vplan.model.Problem;
import nl.vplan.model.School;
import nl.vplan.model.SchoolWarning;
import nl.vplan.publish.SitePublisher;
import nl.vplan.resolve.SchoolPlan;

/**
 * The commands {@code build} and {@code check} as runs of the {@link Stages}, with their exit status.
 * Nothing is written unless every stage succeeded for every school, so bad content never destroys
 * earlier output.
 */
public final class Pipeline {

    /** Exit status of the command line (contract). */
    public static final int OK = 0;
    public static final int CONTENT_ERRORS = 1;
    public static final int USAGE = 2;

    private final Stages stages;
    private final Report report;

    public Pipeline(Supplier<AsciidocEngine> engine, SiteTemplates templates, PrintStream out, PrintStream err) {
        this.stages = new Stages(engine, templates);
        this.report = new Report(out, err);
    }

    /**
     * {@code vplan build}: converts the schools whose inputs changed (all with {@code --force}), then
     * composes, prints and stages them side by side, and swaps them in only when every one succeeded.
     * Each school is written to disk as soon as it is done, so a board of hundreds of schools never
     * sits in memory at once.
     */
    public int build(BuildRequest request) {
        Optional<String> wrongPlace = OutputPlace.problem(request.content(), request.out());
        if (wrongPlace.isPresent()) {
            report.err().println("fout: " + wrongPlace.get() + "; er is niets geschreven.");
            return USAGE;
        }
        if (request.compareWith().isEmpty()) {
            return build(request, Optional.empty());
        }
        EarlierContent.Opened opened = EarlierContent.open(request.content(), request.compareWith().get());
        if (opened.content().isEmpty()) {
            report.err().println("fout: " + opened.problem() + "; er is niets geschreven.");
            return USAGE;
        }
        try (EarlierContent earlier = opened.content().get()) {
            Optional<Comparing> comparing = earlierTexts(earlier, request);
            return comparing.isEmpty() ? CONTENT_ERRORS : build(request, comparing);
        }
    }

    /** The earlier version, named, and what each school's readers saw in it (for the redlines). */
    private record Comparing(String label, Map<String, RenderedSchool> schools) {
    }

    /**
     * Renders the earlier content in memory, through the same stages, keeping only each school's text
     * as its readers saw it; empty (after reporting) when the earlier content has errors.
     */
    private Optional<Comparing> earlierTexts(EarlierContent earlier, BuildRequest request) {
        Stages.Outcome<RenderedSchool> outcome = stages.run(earlier.dir(), request.edition(), new Stages.Job<>() {
            @Override
            public Optional<List<School>> schools(Content content) {
                return Optional.of(content.schools().stream()
                        .filter(s -> request.schools().isEmpty() || request.schools().contains(s.id())).toList());
            }

            @Override
            public boolean renders() {
                return true;
            }

            @Override
            public boolean keepsText() {
                return true;
            }

            @Override
            public RenderedSchool finish(SchoolSite site) {
                return site.rendered().orElseThrow();
            }
        });
        if (outcome.status() != Stages.Status.DONE) {
            report.err().println("fout: " + earlier.label() + " heeft fouten, dus er kan niet mee worden vergeleken:");
            report.problems(outcome.problems().stream().filter(Problem::isError).toList());
            return Optional.empty();
        }
        Map<String, RenderedSchool> schools = new LinkedHashMap<>();
        outcome.results().forEach(r -> schools.put(r.schoolId(), r));
        return Optional.of(new Comparing(earlier.label(), schools));
    }

    private int build(BuildRequest request, Optional<Comparing> comparing) {
        long start = System.nanoTime();
        SitePublisher publisher = new SitePublisher(request.out());
        List<SitePublisher.Staged> staged = Collections.synchronizedList(new ArrayList<>());
        try {
            publisher.recover();
        } catch (IOException | RuntimeException e) {
            report.err().println("fout: kan de resten van een afgebroken build in " + request.out() + " niet opruimen: " + e.getMessage());
            return CONTENT_ERRORS;
        }
        Thread onInterrupt = new Thread(() -> publisher.abandon(staged), "vplan-afbreken");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            return build(request, comparing, publisher, staged, start);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook runs
            }
        }
    }

    private int build(BuildRequest request, Optional<Comparing> comparing, SitePublisher publisher,
                      List<SitePublisher.Staged> staged, long start) {
        Stages.Outcome<Completeness> outcome;
        BuildJob job;
        try (Parallel.Pool printers = new Parallel.Pool("vplan-druk", Parallel.cores())) {
            job = new BuildJob(request, publisher, staged, comparing, printers);
            outcome = stages.run(request.content(), request.edition(), job);
        } catch (RuntimeException e) {
            publisher.discard(staged);
            report.err().println("fout: " + e.getMessage() + "; er is niets geschreven.");
            return CONTENT_ERRORS;
        }
        if (outcome.status() != Stages.Status.DONE) {
            publisher.discard(staged);
            report.problems(outcome.problems());
            return outcome.status() == Stages.Status.USAGE ? USAGE : CONTENT_ERRORS;
        }
        report.problems(outcome.problems());
        List<Views.SchoolSummary> summaries = Report.summaries(outcome.content(), outcome.results(), request.out());
        if (request.strict() && report.strictFailures(outcome.problems(), summaries, job.selected)) {
            publisher.discard(staged);
            return CONTENT_ERRORS;
        }
        Map<String, byte[]> siteIndex = stages.siteIndex(outcome.content().framework(), summaries);
        List<String> obstacles = publisher.obstacles(staged, siteIndex.keySet());
        if (!obstacles.isEmpty()) {
            publisher.discard(staged);
            report.err().println("fout: kan niet schrijven naar " + request.out() + ": " + String.join("; ", obstacles)
                    + "; er is niets gewijzigd.");
            return CONTENT_ERRORS;
        }
        try {
            publisher.commit(staged);
            publisher.replaceFiles(siteIndex);
        } catch (IOException | RuntimeException e) {
            report.err().println("fout: kan niet schrijven naar " + request.out() + ": " + e.getMessage());
            return CONTENT_ERRORS;
        }
        report.built(job.selected, outcome.results(), summaries);
        int built = outcome.results().size();
        int unchanged = job.selected.size() - built;
        report.out().printf("%d %s gebouwd in %s%s (%.1f s)%n", built, built == 1 ? "school" : "scholen",
                request.out(), unchanged == 0 ? "" : ", " + unchanged + " ongewijzigd", (System.nanoTime() - start) / 1e9);
        return OK;
    }

    /**
     * {@code vplan check}: the stages up to resolve; completeness from the sources, without Asciidoctor.
     * With {@code --strict} the same rule as {@code build --strict} ({@link Report#strictFailures});
     * with {@code --formaat json} stdout holds only {@link Report#checkJson}'s document.
     */
    public int check(CheckRequest request) {
        Stages.Outcome<Void> outcome = stages.run(request.content(), request.edition(), new Stages.Job<Void>() {
            @Override
            public Optional<List<School>> schools(Content content) {
                return select(content, request.schools());
            }

            @Override
            public boolean renders() {
                return false;
            }

            @Override
            public Void finish(SchoolSite site) {
                throw new IllegalStateException("check renders nothing");
            }
        });
        if (!request.json()) {
            report.problems(outcome.problems());
        }
        if (outcome.status() == Stages.Status.USAGE) {
            return USAGE;
        }
        List<Completeness> schools = new ArrayList<>();
        if (outcome.status() == Stages.Status.DONE) {
            EvaluatedSources sources = new EvaluatedSources(outcome.content().framework().contentRoot());
            for (SchoolPlan plan : outcome.plans()) {
                Completeness c = Completeness.fromPlan(plan, FieldScan.fieldsShown(plan, sources));
                schools.add(c);
                if (!request.json()) {
                    report.completeness(plan.school().id(), c);
                    report.open(c);
                }
            }
        }
        boolean failed = outcome.status() != Stages.Status.DONE;
        if (!failed && request.strict()) {
            List<Views.SchoolSummary> summaries = schools.stream()
                    .map(c -> Views.SchoolSummary.of(c, "")).toList();
            failed = report.strictFailures(outcome.problems(), summaries, outcome.plans().stream().map(SchoolPlan::school).toList());
            if (failed && !request.json()) {
                report.out().println("Niet geslaagd met --strict: waarschuwingen en open invullingen tellen als fout; de redenen staan bij 'fout (--strict)'.");
            }
        }
        if (request.json()) {
            report.checkJson(outcome.problems(), schools, !failed);
        } else if (!failed) {
            report.out().println("Geen fouten gevonden.");
        }
        return failed ? CONTENT_ERRORS : OK;
    }

    /** The build's part of the run: which schools changed, and each composed school printed and staged. */
    private final class BuildJob implements Stages.Job<Completeness> {

        private final BuildRequest request;
        private final SitePublisher publisher;
        private final List<SitePublisher.Staged> staged;
        private final Map<String, String> hashes = new LinkedHashMap<>();
        private final Handbooks handbooks;
        private List<School> selected = List.of();
        private Progress progress;

        private final Optional<Comparing> comparing;

        BuildJob(BuildRequest request, SitePublisher publisher, List<SitePublisher.Staged> staged, Optional<Comparing> comparing,
                 Parallel.Pool printers) {
            this.request = request;
            this.comparing = comparing;
            this.publisher = publisher;
            this.staged = staged;
            this.handbooks = request.pdf() ? new Handbooks(stages.printer(), request.out(), request.force(), printers) : null;
        }

        @Override
        public Optional<List<School>> schools(Content content) {
            Optional<List<School>> chosen = select(content, request.schools());
            chosen.ifPresent(schools -> {
                selected = schools;
                SchoolInputs inputs = new SchoolInputs(content.framework().contentRoot(), request);
                // the rules' warnings are on the school's pages and change with the date alone
                Map<String, List<SchoolWarning>> warnings = DomainRules.bySchool(content.framework(), schools, DomainRules.today());
                List<String> hashed = schools.parallelStream().map(s -> inputs.of(s, warnings.get(s.id()))).toList();
                for (int i = 0; i < schools.size(); i++) {
                    hashes.put(schools.get(i).id(), hashed.get(i));
                }
                long changed = schools.stream().filter(this::renders).count();
                progress = new Progress(report.err(), Progress.onTerminal(), (int) changed);
            });
            return chosen;
        }

        @Override
        public boolean renders() {
            return true;
        }

        @Override
        public boolean renders(School school) {
            return request.force() || comparing.isPresent() // the earlier side is not part of the inputs' hash
                    || !SchoolInputs.unchanged(request.out().resolve(school.id()), hashes.get(school.id()))
                    || !OutputManifest.intact(request.out().resolve(school.id())); // a page deleted or damaged since
        }

        @Override
        public boolean startsConverterAside() {
            return true;
        }

        @Override
        public boolean rendersAnyway() {
            // every selected school is rendered, or the output folder holds no earlier build
            return request.force() || comparing.isPresent() || !Files.isRegularFile(request.out().resolve("index.html"));
        }

        @Override
        public Optional<Baseline> baseline(School school) {
            return comparing.map(c -> new Baseline(c.label(), Optional.ofNullable(c.schools().get(school.id()))));
        }

        @Override
        public boolean pdfLinks() {
            return request.pdf();
        }

        @Override
        public boolean standalone() {
            return request.standalone();
        }

        @Override
        public Completeness finish(SchoolSite site) {
            Map<String, byte[]> files = new LinkedHashMap<>(site.files());
            if (handbooks != null) {
                handbooks.addTo(site, files);
            }
            files.put(SchoolInputs.FILE, hashes.get(site.schoolId()).getBytes(StandardCharsets.UTF_8));
            files.put(OutputManifest.FILE, OutputManifest.of(files)); // written last: the files before it are older (intact)
            try {
                staged.add(publisher.stage(site.schoolId(), files));
            } catch (IOException e) {
                throw new UncheckedIOException("kan niet schrijven naar " + request.out() + ": " + e.getMessage(), e);
            }
            progress.finished(site.completeness().naam());
            return site.completeness();
        }
    }

    /** The schools named on the command line (all when none), or empty after saying which ids are unknown. */
    private Optional<List<School>> select(Content content, List<String> ids) {
        if (ids.isEmpty()) {
            return Optional.of(content.schools());
        }
        Map<String, School> byId = new LinkedHashMap<>();
        content.schools().forEach(s -> byId.put(s.id(), s));
        List<School> selected = new ArrayList<>();
        for (String id : ids) {
            School school = byId.get(id);
            if (school == null) {
                report.err().println("fout: onbekende school '" + id + "'; bekend zijn: " + String.join(", ", byId.keySet())
                        + Ids.suggestion(id, byId.keySet()));
                return Optional.empty();
            }
            if (!selected.contains(school)) {
                selected.add(school);
            }
        }
        return Optional.of(selected);
    }
}
