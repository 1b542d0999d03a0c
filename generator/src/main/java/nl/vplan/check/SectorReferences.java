package nl.vplan.check;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vplan.load.AsciidocSource;
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
 * conversion reads them ({@link AsciidocSource#evaluating}), every part and included file, each place
 * reported once with the VO schools that see it.
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
        Map<Map<String, String>, List<SourceRef>> byAttributes = new LinkedHashMap<>(); // schools alike are read once
        for (SchoolPlan plan : plans) {
            Choice sector = plan.framework().choices().get(CHOICE);
            if (sector == null || !sector.opties().containsKey(VO) || !VO.equals(plan.school().answer(sector))) {
                continue;
            }
            List<SourceRef> places = byAttributes.computeIfAbsent(plan.attributes(), a -> references(plan, found));
            places.forEach(place -> seenBy.computeIfAbsent(place, p -> new LinkedHashSet<>()).add(plan.school().naam()));
        }
        List<Problem> problems = new ArrayList<>();
        seenBy.forEach((place, schools) -> problems.add(Problem.warning(place, "'" + found.get(place)
                + "' is de wet voor het primair onderwijs, maar ook " + String.join(", ", schools)
                + " (sector vo) leest deze regel; zet hem binnen ifndef::keuze-sector-vo[] met de tekst voor het vo"
                + " in ifdef::keuze-sector-vo[], of noem ook de WVO 2020")));
        return problems;
    }

    /** The places in the plan's sources that name the WPO and not the WVO, with what they name in {@code found}. */
    private static List<SourceRef> references(SchoolPlan plan, Map<SourceRef, String> found) {
        AsciidocSource source = AsciidocSource.evaluating(plan.framework().contentRoot(), plan.attributes());
        Set<Path> files = new LinkedHashSet<>();
        plan.documents().forEach(d -> d.parts().forEach(p -> p.asciidoc().ifPresent(files::add)));
        List<SourceRef> places = new ArrayList<>();
        for (Path file : files) {
            // problems reading the file are the source check's to report
            for (SourceLine line : source.read(file, new ArrayList<>()).orElse(List.of())) {
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
        }
        return places;
    }
}
