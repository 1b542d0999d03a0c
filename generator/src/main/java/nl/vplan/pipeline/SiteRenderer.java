package nl.vplan.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import nl.vplan.check.DomainRules;
import nl.vplan.check.SourceCheck;
import nl.vplan.compose.SchoolSite;
import nl.vplan.compose.SiteComposer;
import nl.vplan.compose.SiteTemplates;
import nl.vplan.convert.AsciidocEngine;
import nl.vplan.convert.ConvertedPlan;
import nl.vplan.convert.PlanConverter;
import nl.vplan.model.Content;
import nl.vplan.model.Klasse;
import nl.vplan.model.Problem;
import nl.vplan.model.School;
import nl.vplan.resolve.Resolver;

/**
 * Runs check, resolve, convert and compose for loaded content, in memory, and says what went wrong.
 * Used by {@code build} and {@code check} (through {@link Pipeline}) and by the preview server,
 * which keeps one {@link PlanConverter} across renders so unchanged parts are not converted again.
 */
public final class SiteRenderer {

    /** The sites of the rendered schools and every problem found; no sites when there are errors. */
    public record Rendering(List<SchoolSite> sites, List<Problem> problems) {

        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    private final Supplier<AsciidocEngine> engine;
    private final SiteTemplates templates;

    public SiteRenderer(Supplier<AsciidocEngine> engine, SiteTemplates templates) {
        this.engine = engine;
        this.templates = templates;
    }

    public SiteTemplates templates() {
        return templates;
    }

    /** A converter for one build, or for the lifetime of a preview server. */
    public PlanConverter newConverter() {
        return new PlanConverter(engine.get());
    }

    /** The stages before conversion: every problem of the content, also when loading already found errors. */
    public List<Problem> check(Content content, List<School> schools, List<Problem> loadProblems) {
        List<Problem> problems = new ArrayList<>(loadProblems);
        problems.addAll(SourceCheck.check(content));
        problems.addAll(DomainRules.check(content, schools, DomainRules.today()));
        return problems;
    }

    /** Resolves and converts each school's plan, side by side; parts shared by schools are converted once. */
    public List<ConvertedPlan> convert(Content content, List<School> schools, Klasse edition, PlanConverter converter) {
        return Parallel.map(schools, school -> converter.convert(Resolver.resolve(content.framework(), school, edition)));
    }

    /** A composer for one build or render: it keeps the school-independent work on each converted part. */
    public SiteComposer newComposer() {
        return newComposer(false);
    }

    /** @param pdfLinks whether the handbooks are written beside the pages, so the pages link to them */
    public SiteComposer newComposer(boolean pdfLinks) {
        return new SiteComposer(templates, pdfLinks);
    }

    /**
     * Renders {@code schools} of {@code content} in {@code edition}, all in memory (for check and the
     * preview). The source check runs first, also when loading found errors, so one run reports
     * everything; Asciidoctor is only started when there are no errors at all.
     */
    public Rendering render(Content content, List<School> schools, Klasse edition, List<Problem> loadProblems,
                            java.util.function.Supplier<PlanConverter> converter) {
        List<Problem> problems = check(content, schools, loadProblems);
        if (problems.stream().anyMatch(Problem::isError) || schools.isEmpty()) {
            return new Rendering(List.of(), List.copyOf(problems));
        }
        List<ConvertedPlan> converted = convert(content, schools, edition, converter.get());
        converted.forEach(plan -> problems.addAll(plan.problems()));
        if (problems.stream().anyMatch(Problem::isError)) {
            return new Rendering(List.of(), List.copyOf(problems));
        }
        SiteComposer composer = newComposer();
        return new Rendering(Parallel.map(converted, plan -> composer.compose(plan, edition.id())), List.copyOf(problems));
    }
}
