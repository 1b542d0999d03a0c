package nl.vplan.convert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.vplan.load.ContentPaths;

/**
 * Which of a school's choice and part attributes ({@code keuze-…}, {@code onderdeel-…}) a part's
 * source can see: the names in its {@code ifdef}, {@code ifndef} and {@code ifeval} lines and its
 * {@code {attribute}} references, through its includes. A part converted for one school then serves
 * every school that agrees on just those, instead of on all its choices. Other attributes (the
 * edition) are always kept, so a part that depends on them is never shared wrongly.
 */
final class AttributeUse {

    private static final Pattern CONDITION = Pattern.compile("^\\s*(?:ifdef|ifndef)::([^\\[]+)\\[", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\{([A-Za-z0-9_][A-Za-z0-9_-]*)\\}");
    private static final Pattern INCLUDE = Pattern.compile("^\\s*include::([^\\[]+)\\[", Pattern.MULTILINE);

    private final Map<Path, Set<String>> names = new ConcurrentHashMap<>();

    /** The attributes of {@code all} that can affect converting {@code file}. */
    Map<String, String> relevant(Path file, Path contentRoot, Map<String, String> all) {
        Set<String> used = names.computeIfAbsent(file, f -> scan(f, contentRoot, new HashSet<>()));
        Map<String, String> relevant = new TreeMap<>();
        all.forEach((name, value) -> {
            boolean schoolSpecific = name.startsWith("keuze-") || name.startsWith("onderdeel-");
            if (!schoolSpecific || used.contains(name) || used.contains("*")) {
                relevant.put(name, value);
            }
        });
        return relevant;
    }

    void forgetAll() {
        names.clear();
    }

    private static Set<String> scan(Path file, Path root, Set<Path> seen) {
        Set<String> used = new HashSet<>();
        if (!seen.add(file)) {
            return used;
        }
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            used.add("*"); // unknown: share nothing
            return used;
        }
        Matcher m = CONDITION.matcher(text);
        while (m.find()) {
            for (String name : m.group(1).split("[,+]")) {
                used.add(name.strip());
            }
        }
        m = REFERENCE.matcher(text); // also covers ifeval::[{keuze-x} == "y"] and include paths with attributes
        while (m.find()) {
            used.add(m.group(1));
        }
        m = INCLUDE.matcher(text);
        while (m.find()) {
            String target = m.group(1).strip();
            if (target.contains("{")) {
                used.add("*");
                continue;
            }
            ContentPaths.inside(file.getParent(), target).filter(p -> p.startsWith(root)).filter(Files::isRegularFile)
                    .ifPresent(p -> used.addAll(scan(p, root, seen)));
        }
        return used;
    }
}
