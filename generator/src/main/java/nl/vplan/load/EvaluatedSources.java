package nl.vplan.load;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lines of AsciiDoc files as a school's conversion sees them ({@link AsciidocSource#evaluating}),
 * read once per file and per the values of the attributes that file uses ({@link AttributeUse}),
 * however many schools agree on those. For the readers that go over every school without
 * Asciidoctor ({@code check.FieldScan}, {@code check.SectorReferences}); what the reading finds
 * wrong is the source check's to report. Safe to share between threads.
 */
public final class EvaluatedSources {

    private record Key(Path file, Map<String, String> attributes) {
    }

    private final Path contentRoot;
    private final AttributeUse use = new AttributeUse();
    private final Map<Key, List<SourceLine>> read = new ConcurrentHashMap<>();

    public EvaluatedSources(Path contentRoot) {
        this.contentRoot = contentRoot;
    }

    /**
     * The lines of {@code file} that a conversion with {@code attributes} sees; the same list for
     * every caller whose attributes agree on those the file uses.
     */
    public List<SourceLine> lines(Path file, Map<String, String> attributes) {
        Key key = new Key(file, use.relevant(file, contentRoot, attributes));
        return read.computeIfAbsent(key, k -> AsciidocSource.evaluating(contentRoot, k.attributes())
                .read(file, new ArrayList<>()).map(List::copyOf).orElse(List.of()));
    }
}
