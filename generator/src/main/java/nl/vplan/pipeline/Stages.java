package nl.vplan.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.vplan.assemble.HandbookRenderer;
import nl.vplan.check.DomainRules;
import nl.vplan.check.SectorReferences;
import nl.vplan.check.SourceCheck;
import nl.vplan.compose.Baseline;
import nl.vplan.compose.SchoolSite;
import nl.vplan.compose.SiteComposer;
import nl.vplan.compose.SiteTemplates;
import nl.vplan.compose.Views;
import nl.vplan.convert.AsciidocEngine;
import nl.vplan.convert.ConvertedPlan;
import nl.vplan.convert.PlanConverter;
import nl.vplan.load.ContentLoader;
import nl.vplan.model.Content;
import nl.vplan.model.Framework;
import nl.vplan.model.Klasse;
import nl.vplan.model.Problem;
import nl.vplan.model.School;
import nl.vplan.model.SchoolWarning;
import nl.vplan.resolve.Resolver;
import nl.vplan.resolve.SchoolPlan;

/**
 * The order of the stages, in one place: load, check, resolve, convert, compose, and then what the
 * command does with each composed school. {@code build}, {@code check} and the preview all run
 * {@link #run}; they differ only in their {@link Job}. Asciidoctor is only asked for once the content
 * has passed its checks, so mistakes are reported without the seconds it takes to start.
 */
public final class Stages {

    /** How far a run got. */
    public enum Status { DONE, CONTENT_ERRORS, USAGE }

    /**
     * What came of a run: every problem found, the plans of the selected schools (after resolve) and
     * the job's result per school it rendered, in order. {@code content} is null when it did not load.
     */
    public record Outcome<R>(Status status, Content content, List<Problem> problems, List<SchoolPlan> plans, List<R> results) {
    }

    /** What one command does with the stages. */
    public interface Job<R> {

        /** The schools to work on, or empty after reporting a wrong choice (a usage error). */
        Optional<List<School>> schools(Content content);

        /** Whether to convert and compose at all ({@code check} stops after resolve). */
        boolean renders();

        /** Whether this school must be rendered (a build skips schools whose inputs did not change). */
        default boolean renders(School school) {
            return renders();
        }

        /**
         * Whether the converter may be made on a thread of its own while the content is loaded and
         * checked: a new one starts Asciidoctor, which takes seconds. Not for a converter kept across
         * runs behind a lock (the preview's).
         */
        default boolean startsConverterAside() {
            return false;
        }

        /**
         * Whether the job will render a school whatever the content says (a build that renders every
         * school it selects), so that Asciidoctor can be started before the content is loaded.
         */
        default boolean rendersAnyway() {
            return false;
        }

        /** Whether each school's folder gets its own copy of the site's scripts and style ({@code build --los}). */
        default boolean standalone() {
            return false;
        }

        /** Whether the pages link to the handbooks (only a build that prints them). */
        default boolean pdfLinks() {
            return false;
        }

        /** The earlier version to show this school's changes since ({@code build --vergelijk}), if any. */
        default Optional<Baseline> baseline(School school) {
            return Optional.empty();
        }

        /** Whether each composed school keeps its text as readers see it (the earlier side of a comparison). */
        default boolean keepsText() {
            return false;
        }

        /** What becomes of a composed school; runs on a worker thread, side by side with other schools. */
        R finish(SchoolSite site);
    }

    private final Supplier<AsciidocEngine> engine;
    private final SiteTemplates templates;

    /** @param engine gives the process's Asciidoctor; asked only when a run gets to convert */
    public Stages(Supplier<AsciidocEngine> engine, SiteTemplates templates) {
        this.engine = engine;
        this.templates = templates;
    }

    public SiteTemplates templates() {
        return templates;
    }

    /** The board's start page listing the schools, with its assets; paths relative to the output folder. */
    public Map<String, byte[]> siteIndex(Framework framework, List<Views.SchoolSummary> schools) {
        return new SiteComposer(templates).siteIndex(framework, schools);
    }

    /** A printer of handbooks (the last stage of a document: assemble), to share between threads. */
    public HandbookRenderer printer() {
        return new HandbookRenderer(templates);
    }

    /** A converter for one build, or for the lifetime of a preview server (it keeps its conversions). */
    public PlanConverter newConverter() {
        return new PlanConverter(engine.get());
    }

    /** Runs the stages on the content in {@code contentDir} with a converter of its own. */
    public <R> Outcome<R> run(Path contentDir, Klasse edition, Job<R> job) {
        return run(contentDir, edition, this::newConverter, job);
    }

    /**
     * Runs the stages in order, stopping after the first stage that found errors (every problem up to
     * there is reported); {@code converter} is asked for only when something is to be converted.
     */
    public <R> Outcome<R> run(Path contentDir, Klasse edition, Supplier<PlanConverter> converter, Job<R> job) {
        // Asciidoctor takes a second or more to start: start it beside loading and checking when the job will render
        ConverterStart start = new ConverterStart(converter);
        if (job.startsConverterAside() && job.rendersAnyway()) {
            start.aside();
        }
        ContentLoader.Result loaded = ContentLoader.load(contentDir);
        List<Problem> problems = new ArrayList<>(loaded.problems());
        if (loaded.content().isEmpty()) {
            return new Outcome<>(Status.CONTENT_ERRORS, null, problems, List.of(), List.of());
        }
        Content content = loaded.content().get();
        Optional<List<School>> schools = job.schools(content);
        if (schools.isEmpty()) {
            return new Outcome<>(Status.USAGE, content, problems, List.of(), List.of());
        }
        // whether a school changed is asked side by side: it reads what the earlier build wrote
        Set<String> rendering = !job.renders() ? Set.of()
                : schools.get().parallelStream().filter(job::renders).map(School::id).collect(Collectors.toSet());
        if (job.startsConverterAside() && !rendering.isEmpty()) {
            start.aside(); // or else beside the checks, now that a school is known to be rendered
        }
        problems.addAll(SourceCheck.check(content));
        problems.addAll(DomainRules.check(content, schools.get(), DomainRules.today()));
        if (hasErrors(problems)) {
            return new Outcome<>(Status.CONTENT_ERRORS, content, problems, List.of(), List.of());
        }
        // the rules' warnings go down with each plan, so the school's pages can show them
        Map<String, List<SchoolWarning>> warnings = DomainRules.bySchool(content.framework(), schools.get(), DomainRules.today());
        List<SchoolPlan> plans = schools.get().stream()
                .map(s -> Resolver.resolve(content.framework(), s, edition).withWarnings(warnings.get(s.id()))).toList();
        problems.addAll(SectorReferences.check(plans)); // reads the sources as each school's conversion does
        List<SchoolPlan> toRender = plans.stream().filter(p -> rendering.contains(p.school().id())).toList();
        if (toRender.isEmpty()) {
            return new Outcome<>(Status.DONE, content, problems, plans, List.of());
        }
        List<ConvertedPlan> converted = start.converter().convert(toRender, Parallel::map);
        converted.forEach(plan -> problems.addAll(plan.problems()));
        if (hasErrors(problems)) {
            return new Outcome<>(Status.CONTENT_ERRORS, content, problems, plans, List.of());
        }
        SiteComposer composer = new SiteComposer(templates, job.pdfLinks(), job.standalone());
        List<R> results = Parallel.map(converted, plan -> job.finish(
                composer.compose(plan, job.baseline(plan.plan().school()), job.keepsText())));
        return new Outcome<>(Status.DONE, content, problems, plans, results);
    }

    /**
     * The sites of the schools {@code which} accepts, in memory (the preview, tests, benchmarks);
     * {@code converter} may be one kept across runs.
     */
    public Outcome<SchoolSite> sites(Path contentDir, Klasse edition, Supplier<PlanConverter> converter, Predicate<School> which) {
        return run(contentDir, edition, converter, new Job<>() {
            @Override
            public Optional<List<School>> schools(Content content) {
                return Optional.of(content.schools().stream().filter(which).toList());
            }

            @Override
            public boolean renders() {
                return true;
            }

            @Override
            public SchoolSite finish(SchoolSite site) {
                return site;
            }
        });
    }

    /** A run's converter: made when asked for, or started earlier on a thread of its own that does not keep the process alive. */
    private static final class ConverterStart {

        private final Supplier<PlanConverter> make;
        private CompletableFuture<PlanConverter> started;

        ConverterStart(Supplier<PlanConverter> make) {
            this.make = make;
        }

        void aside() {
            if (started == null) {
                started = CompletableFuture.supplyAsync(make, task -> {
                    Thread thread = new Thread(task, "vplan-start");
                    thread.setDaemon(true);
                    thread.start();
                });
            }
        }

        PlanConverter converter() {
            if (started == null) {
                return make.get();
            }
            try {
                return started.join();
            } catch (CompletionException e) {
                throw Parallel.rethrown(e.getCause());
            }
        }
    }

    static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(Problem::isError);
    }
}
