package nl.vplan.serve;

import java.util.List;
import java.util.Map;
import nl.vplan.model.Problem;

/**
 * One rendering of the whole site for the preview, in memory: every file by its path (as under
 * {@code <out>/}), the schools for the bar (and how many fields each has open), the handbooks by {@code <school>/<document>}, and the problems of the latest attempt. When the latest
 * attempt failed, {@code files} are still those of the last good rendering.
 */
record PreviewSnapshot(Map<String, byte[]> files, Map<String, String> schools, Map<String, Integer> open,
                       Map<String, nl.vplan.compose.Handbook> handbooks, List<Problem> problems) {

    static PreviewSnapshot empty() {
        return new PreviewSnapshot(Map.of(), Map.of(), Map.of(), Map.of(), List.of());
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    PreviewSnapshot withProblems(List<Problem> latest) {
        return new PreviewSnapshot(files, schools, open, handbooks, List.copyOf(latest));
    }
}
