package nl.vplan.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vplan.load.AsciidocSource;
import nl.vplan.load.EvaluatedSources;
import nl.vplan.load.SourceLine;
import nl.vplan.model.Choice;
import nl.vplan.model.Problem;
import nl.vplan.model.SourceRef;
import nl.vplan.resolve.PlannedPart;
import nl.vplan.resolve.SchoolPlan;

/**
 * Warns where a school in voortgezet onderwijs would read a reference to the primary-school law: a
 * line naming the WPO that the school's conversion sees (not hidden by {@code ifndef::keuze-sector-vo[]}
 * or the like) and that does not name the WVO beside it. Only when the framework has a choice
 * {@code sector} with an option {@code vo} and a school chose it; the lines are read as that school's
 * conversion reads them ({@link AsciidocSource#evaluating}, once per version of a file, {@link EvaluatedSources}),
 * every part and included file, each place reported once with the VO schools that see it.
 */
public final class SectorReferences {

    static final String CHOICE = "sector";
    static final String VO = "vo";

    private static final Pattern WPO = Pattern.compile("\\bWPO\\b|Wet op het primair onderwijs", Pattern.CASE_INSENSITIVE);
    private static final Pattern WVO = Pattern.compile("\\bWVO\\b|Wet op het voortgezet onderwijs|Wet voortgezet onderwijs",
            Pattern.CASE_INSENSITIVE);

    private SectorReferences() {
    }

    public static List<Problem> check(List<SchoolPlan> plans) {
        Map<SourceRef, Set<String>> seenBy = new LinkedHashMap<>();
        Map<SourceRef, String> found = new LinkedHashMap<>();
        EvaluatedSources sources = null;
        // a file is read, and its lines searched, once per version of its lines that VO schools see
        Map<List<SourceLine>, List<SourceRef>> searched = new IdentityHashMap<>();
        for (SchoolPlan plan : plans) {
            Choice sector = plan.framework().choices().get(CHOICE);
            if (sector == null || !sector.opties().containsKey(VO) || !VO.equals(plan.school().answer(sector))) {
                continue;
            }
            if (sources == null) {
                sources = new EvaluatedSources(plan.framework().contentRoot());
            }
            Set<Path> files = new LinkedHashSet<>();
            plan.documents().forEach(d -> d.parts().forEach(p -> p.asciidoc().ifPresent(files::add)));
            for (Path file : files) {
                List<SourceLine> lines = sources.lines(file, plan.attributes());
                searched.computeIfAbsent(lines, l -> references(l, found))
                        .forEach(place -> seenBy.computeIfAbsent(place, p -> new LinkedHashSet<>()).add(plan.school().naam()));
            }
        }
        List<Problem> problems = new ArrayList<>();
        seenBy.forEach((place, schools) -> problems.add(Problem.warning(place, "'" + found.get(place)
                + "' is de wet voor het primair onderwijs, maar ook " + String.join(", ", schools)
                + " (sector vo) leest deze regel; zet hem binnen ifndef::keuze-sector-vo[] met de tekst voor het vo"
                + " in ifdef::keuze-sector-vo[], of noem ook de WVO 2020")));
        return problems;
    }

    /** The places in the lines that name the WPO and not the WVO, with what they name in {@code found}. */
    private static List<SourceRef> references(List<SourceLine> lines, Map<SourceRef, String> found) {
        List<SourceRef> places = new ArrayList<>();
        for (SourceLine line : lines) {
            if (line.kind() == SourceLine.Kind.COMMENT || line.kind() == SourceLine.Kind.DIRECTIVE) {
                continue;
            }
            Matcher wpo = WPO.matcher(line.text());
            if (wpo.find() && !WVO.matcher(line.text()).find()) {
                SourceRef place = line.where(wpo.start());
                found.putIfAbsent(place, wpo.group());
                places.add(place);
            }
        }
        return places;
    }
}
