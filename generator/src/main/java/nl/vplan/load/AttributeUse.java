package nl.vplan.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import nl.vplan.model.Problem;

/**
 * Which of a school's choice and part attributes ({@code keuze-…}, {@code onderdeel-…}) a part's
 * source can see: the names in its {@code ifdef}, {@code ifndef} and {@code ifeval} lines and its
 * {@code {attribute}} references, through its includes, as {@link AsciidocSource#everyLine} reads
 * them (both branches of every condition; comments, which Asciidoctor never substitutes, left out).
 * A part converted (or read, {@link EvaluatedSources}) for one school then serves every school that
 * agrees on just those, instead of on all its choices. Other attributes (the edition) are always
 * kept, so a part that depends on them is never shared wrongly.
 */
public final class AttributeUse {

    private final Map<Path, Set<String>> names = new ConcurrentHashMap<>();

    /** The attributes of {@code all} that can affect converting {@code file}. */
    public Map<String, String> relevant(Path file, Path contentRoot, Map<String, String> all) {
        Set<String> used = names.computeIfAbsent(file, f -> scan(f, contentRoot));
        Map<String, String> relevant = new TreeMap<>();
        all.forEach((name, value) -> {
            boolean schoolSpecific = name.startsWith("keuze-") || name.startsWith("onderdeel-");
            if (!schoolSpecific || used.contains(name) || used.contains("*")) {
                relevant.put(name, value);
            }
        });
        return relevant;
    }

    public void forgetAll() {
        names.clear();
    }

    private static Set<String> scan(Path file, Path root) {
        Set<String> used = new HashSet<>();
        List<Problem> problems = new ArrayList<>();
        List<SourceLine> lines = AsciidocSource.everyLine(root).read(file, problems).orElse(List.of());
        if (!problems.isEmpty()) {
            used.add("*"); // something unread: share nothing
        }
        for (SourceLine line : lines) {
            if (line.kind() == SourceLine.Kind.COMMENT) {
                continue;
            }
            SourceLine.Directive directive = line.directive();
            if (directive != null && directive.name().equals("include") && directive.argument().contains("{")) {
                used.add("*"); // which file is read depends on attributes
            }
            // Condition names, and references in text, ifeval expressions and include paths.
            (directive != null ? directive.attributes() : line.references()).forEach(name -> used.add(name.value()));
        }
        return used;
    }
}
