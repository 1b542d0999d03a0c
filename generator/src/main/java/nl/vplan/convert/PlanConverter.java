package nl.vplan.convert;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import nl.vplan.load.AttributeUse;
import nl.vplan.model.Problem;
import nl.vplan.model.SourceRef;
import nl.vplan.resolve.DocumentPlan;
import nl.vplan.resolve.PlannedPart;
import nl.vplan.resolve.SchoolPlan;

/**
 * The convert stage for one build: turns each school's plan into typed parts through the shared
 * {@link AsciidocEngine}. A converted part holds no school values, only the places of fill-ins and
 * blocks, so a part is converted (and its structure read, {@link PartStructure}) once per distinct
 * set of attributes and reused by every school that shares it.
 */
public final class PlanConverter {

    /** The attribute holding the title of the document a part belongs to (for notes such as "staat in de interne versie van …"). */
    public static final String DOCUMENT_ATTRIBUTE = "vplan-document";

    private record Key(Path file, String partId, Map<String, String> attributes) {
    }

    /** One conversion of a part's file, with its structure read once, and what Asciidoctor said. */
    private record Conversion(PartStructure.Parts parts, List<Problem> problems) {
    }

    private final AsciidocEngine engine;
    private final boolean share;
    private final AttributeUse attributeUse = new AttributeUse();
    private final Map<Key, CompletableFuture<Conversion>> converted = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger conversions = new java.util.concurrent.atomic.AtomicInteger();

    /** A converter that converts each part once per set of the attributes it depends on. */
    public PlanConverter(AsciidocEngine engine) {
        this(engine, true);
    }

    private PlanConverter(AsciidocEngine engine, boolean share) {
        this.engine = engine;
        this.share = share;
    }

    /** A converter that converts every part for every school anew: what sharing must be identical to. */
    public static PlanConverter unshared(AsciidocEngine engine) {
        return new PlanConverter(engine, false);
    }

    /**
     * Drops what was converted from {@code changed}, for a converter that lives across edits (the
     * preview). An AsciiDoc file that is not a part itself may be included anywhere, so it drops all.
     */
    public void forget(Path changed) {
        if (!changed.toString().endsWith(".adoc")) {
            return;
        }
        attributeUse.forgetAll();
        boolean part = converted.keySet().removeIf(key -> key.file().equals(changed));
        if (!part) {
            converted.clear();
        }
    }

    /** How many times Asciidoctor ran for this converter. */
    public int conversions() {
        return conversions.get();
    }

    public ConvertedPlan convert(SchoolPlan plan) {
        return convert(List.of(plan), Mapper.SEQUENTIAL).get(0);
    }

    /** Maps a list, keeping its order; the pipeline's maps it over the cores. */
    public interface Mapper {
        Mapper SEQUENTIAL = new Mapper() {
            @Override
            public <T, R> List<R> map(List<T> items, Function<T, R> work) {
                return items.stream().map(work).toList();
            }
        };

        <T, R> List<R> map(List<T> items, Function<T, R> work);
    }

    /** One part of one school's document to convert. */
    private record Task(SchoolPlan plan, PlannedPart part, Map<String, String> attributes) {
    }

    private record Done(ConvertedPart part, List<Problem> problems) {
    }

    /**
     * Every school's plan converted, the parts of all of them handed to {@code mapper} as one list,
     * so that one school's parts are converted side by side as well as many schools'.
     */
    public List<ConvertedPlan> convert(List<SchoolPlan> plans, Mapper mapper) {
        List<Task> tasks = new ArrayList<>();
        for (SchoolPlan plan : plans) {
            for (DocumentPlan document : plan.documents()) {
                Map<String, String> attributes = new java.util.TreeMap<>(plan.attributes());
                attributes.put(DOCUMENT_ATTRIBUTE, document.document().titel());
                document.parts().forEach(part -> tasks.add(new Task(plan, part, attributes)));
            }
        }
        Iterator<Done> done = mapper.map(tasks, task -> {
            List<Problem> problems = new ArrayList<>();
            return new Done(convert(task.part(), task.attributes(), task.plan(), problems), problems);
        }).iterator();
        List<ConvertedPlan> converted = new ArrayList<>();
        for (SchoolPlan plan : plans) {
            List<Problem> problems = new ArrayList<>();
            List<ConvertedDocument> documents = new ArrayList<>();
            for (DocumentPlan document : plan.documents()) {
                List<ConvertedPart> parts = new ArrayList<>();
                for (int i = 0; i < document.parts().size(); i++) {
                    Done part = done.next();
                    parts.add(part.part());
                    problems.addAll(part.problems());
                }
                documents.add(new ConvertedDocument(document, List.copyOf(parts)));
            }
            converted.add(new ConvertedPlan(plan, List.copyOf(documents), List.copyOf(problems)));
        }
        return converted;
    }

    /** @param attributes the school's attributes and its document's title */
    private ConvertedPart convert(PlannedPart part, Map<String, String> attributes, SchoolPlan plan, List<Problem> problems) {
        if (part.asciidoc().isEmpty()) {
            return ConvertedPart.withoutText(part, part.title());
        }
        Path file = part.asciidoc().get();
        Path root = plan.framework().contentRoot();
        Key key = new Key(file, part.id(), attributeUse.relevant(file, root, attributes));
        CompletableFuture<Conversion> mine = new CompletableFuture<>();
        // the first school to need a conversion does it; others that need the same one wait for it
        CompletableFuture<Conversion> earlier = share ? converted.putIfAbsent(key, mine) : null;
        Conversion conversion;
        if (earlier != null) {
            conversion = earlier.join();
        } else {
            try {
                ConvertedAsciidoc html = engine.convert(file, root, attributes);
                conversions.incrementAndGet();
                conversion = new Conversion(PartStructure.of(html, part.id() + ".html"), html.problems());
                mine.complete(conversion);
            } catch (RuntimeException e) {
                converted.remove(key, mine);
                mine.completeExceptionally(e);
                throw e;
            }
            problems.addAll(conversion.problems());
        }
        PartStructure.Parts parts = conversion.parts();
        Title title = !part.title().isEmpty() ? Title.plain(part.title())
                : parts.title().html().isEmpty() ? Title.plain(part.id()) : parts.title();
        if (part.title().isEmpty() && parts.title().html().isEmpty()) {
            problems.add(Problem.warning(SourceRef.of(file), "het onderdeel heeft geen titel; begin het bestand met '= Titel'"));
        }
        return new ConvertedPart(part, title, parts.headings(), parts.body(), parts.ids(), parts.card(), parts.search(), parts.audiences());
    }
}
