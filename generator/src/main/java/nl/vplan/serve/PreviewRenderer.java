package nl.vplan.serve;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.vplan.compose.Completeness;
import nl.vplan.compose.Handbook;
import nl.vplan.compose.SchoolSite;
import nl.vplan.compose.Views;
import nl.vplan.convert.PlanConverter;
import nl.vplan.model.Content;
import nl.vplan.model.Klasse;
import nl.vplan.model.School;
import nl.vplan.model.Problem;
import nl.vplan.model.SourceRef;
import nl.vplan.pipeline.Stages;

/**
 * Renders the whole site in memory for the preview, per edition, through the same {@link Stages} as
 * a build, with one converter kept across edits: after a change only the AsciiDoc that changed is converted again; YAML, templates and the
 * cheap compose stage run in full. A failed attempt keeps the last good files.
 */
final class PreviewRenderer {

    private final Path content;
    private final Stages stages;
    private PlanConverter converter;
    private final Map<Klasse, PreviewSnapshot> snapshots = new HashMap<>();

    PreviewRenderer(Path content, Stages stages) {
        this.content = content;
        this.stages = stages;
    }

    /** The converter kept for the server's lifetime, made when first needed. */
    private synchronized PlanConverter converter() {
        if (converter == null) {
            converter = stages.newConverter();
        }
        return converter;
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
        if (converter != null) {
            changed.forEach(converter::forget);
        }
        for (Klasse edition : List.copyOf(snapshots.keySet())) {
            snapshots.put(edition, render(edition, snapshots.get(edition)));
        }
    }

    private PreviewSnapshot render(Klasse edition, PreviewSnapshot previous) {
        Stages.Outcome<SchoolSite> rendering;
        try {
            rendering = stages.sites(content, edition, this::converter, school -> true);
        } catch (RuntimeException e) {
            return previous.withProblems(List.of(Problem.error(SourceRef.of(content), "kan de site niet maken: " + e.getMessage())));
        }
        if (rendering.status() != Stages.Status.DONE) {
            return previous.withProblems(rendering.problems());
        }
        Map<String, byte[]> files = new HashMap<>();
        Map<String, String> schools = new LinkedHashMap<>();
        Map<String, Integer> open = new HashMap<>();
        Map<String, Handbook> handbooks = new HashMap<>();
        List<Views.SchoolSummary> summaries = new ArrayList<>();
        for (SchoolSite site : rendering.results()) {
            site.files().forEach((path, bytes) -> files.put(site.schoolId() + "/" + path, bytes));
            site.handbooks().forEach(h -> handbooks.put(site.schoolId() + "/" + h.documentId(), h));
            Completeness c = site.completeness();
            schools.put(site.schoolId(), c.naam());
            open.put(site.schoolId(), c.open());
            summaries.add(Views.SchoolSummary.of(c, site.schoolId() + "/index.html"));
        }
        files.putAll(stages.siteIndex(rendering.content().framework(), summaries));
        return new PreviewSnapshot(Map.copyOf(files), schools, Map.copyOf(open), Map.copyOf(handbooks), rendering.problems());
    }
}
