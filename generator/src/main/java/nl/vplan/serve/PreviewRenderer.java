package nl.vplan.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vplan.compose.Completeness;
import nl.vplan.compose.SchoolSite;
import nl.vplan.compose.SiteComposer;
import nl.vplan.compose.Views;
import nl.vplan.convert.PlanConverter;
import nl.vplan.load.ContentLoader;
import nl.vplan.model.Content;
import nl.vplan.model.Klasse;
import nl.vplan.model.School;
import nl.vplan.pipeline.SiteRenderer;

/**
 * Renders the whole site in memory for the preview, per edition, with one converter kept across
 * edits: after a change only the AsciiDoc that changed is converted again; YAML, templates and the
 * cheap compose stage run in full. A failed attempt keeps the last good files.
 */
final class PreviewRenderer {

    private final Path content;
    private final SiteRenderer renderer;
    private final PlanConverter converter;
    private final Map<Klasse, PreviewSnapshot> snapshots = new HashMap<>();

    PreviewRenderer(Path content, SiteRenderer renderer) {
        this.content = content;
        this.renderer = renderer;
        this.converter = renderer.newConverter();
    }

    /** The latest snapshot of an edition, rendered on first use. */
    synchronized PreviewSnapshot snapshot(Klasse edition) {
        PreviewSnapshot snapshot = snapshots.get(edition);
        if (snapshot == null) {
            snapshot = render(edition, PreviewSnapshot.empty());
            snapshots.put(edition, snapshot);
        }
        return snapshot;
    }

    /** Renders every edition asked for so far again after {@code changed} files were saved. */
    synchronized void changed(java.util.Set<Path> changed) {
        changed.forEach(converter::forget);
        for (Klasse edition : List.copyOf(snapshots.keySet())) {
            snapshots.put(edition, render(edition, snapshots.get(edition)));
        }
    }

    private PreviewSnapshot render(Klasse edition, PreviewSnapshot previous) {
        ContentLoader.Result loaded = ContentLoader.load(content);
        if (loaded.content().isEmpty()) {
            return previous.withProblems(loaded.problems());
        }
        Content loadedContent = loaded.content().get();
        SiteRenderer.Rendering rendering;
        try {
            rendering = renderer.render(loadedContent, loadedContent.schools(), edition, loaded.problems(), () -> converter);
        } catch (RuntimeException e) {
            return previous.withProblems(List.of(nl.vplan.model.Problem.error(
                    nl.vplan.model.SourceRef.of(content), "kan de site niet maken: " + e.getMessage())));
        }
        if (rendering.hasErrors()) {
            return previous.withProblems(rendering.problems());
        }
        Map<String, byte[]> files = new HashMap<>();
        Map<String, String> schools = new LinkedHashMap<>();
        Map<String, nl.vplan.compose.Handbook> handbooks = new HashMap<>();
        List<Views.SchoolSummary> summaries = new ArrayList<>();
        for (SchoolSite site : rendering.sites()) {
            site.files().forEach((path, bytes) -> files.put(site.schoolId() + "/" + path, bytes));
            site.handbooks().forEach(h -> handbooks.put(site.schoolId() + "/" + h.documentId(), h));
            School school = loadedContent.schools().stream().filter(s -> s.id().equals(site.schoolId())).findFirst().orElseThrow();
            schools.put(school.id(), school.naam());
            Completeness c = site.completeness();
            summaries.add(new Views.SchoolSummary(school.id(), school.naam(), school.id() + "/index.html", c.percentage(), c.open()));
        }
        files.putAll(new SiteComposer(renderer.templates()).siteIndex(loadedContent.framework(), summaries));
        return new PreviewSnapshot(Map.copyOf(files), schools, Map.copyOf(handbooks), rendering.problems());
    }
}
