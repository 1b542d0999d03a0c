package nl.vplan.convert;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import nl.vplan.load.TextFiles;
import nl.vplan.model.Problem;
import nl.vplan.model.SourceRef;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Attributes;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;
import org.asciidoctor.ast.Document;
import org.asciidoctor.ast.Section;
import org.asciidoctor.ast.StructuralNode;
import org.asciidoctor.log.LogHandler;
import org.asciidoctor.log.LogRecord;
import org.asciidoctor.log.Severity;

/**
 * The one Asciidoctor instance of the process (creating one costs seconds) with vplan's extensions
 * registered. Converts a single AsciiDoc file with given attributes to embeddable HTML. Thread-safe:
 * the extensions are stateless and each conversion's state (its folder, Asciidoctor's messages)
 * is kept per thread.
 */
public final class AsciidocEngine implements AutoCloseable {

    /** Attributes every conversion gets: Dutch captions, readable ids, no external assets. */
    private static final Map<String, Object> BASE_ATTRIBUTES = Map.ofEntries(
            Map.entry("lang", "nl"),
            Map.entry("idprefix", ""),
            Map.entry("idseparator", "-"),
            Map.entry("sectids", ""),
            Map.entry("note-caption", "Opmerking"),
            Map.entry("tip-caption", "Tip"),
            Map.entry("important-caption", "Belangrijk"),
            Map.entry("warning-caption", "Waarschuwing"),
            Map.entry("caution-caption", "Let op"),
            Map.entry("example-caption", "Voorbeeld"),
            Map.entry("figure-caption", "Figuur"),
            Map.entry("table-caption", "Tabel"),
            Map.entry("appendix-caption", "Bijlage"),
            Map.entry("toc-title", "Inhoud"),
            Map.entry("untitled-label", "Zonder titel"),
            Map.entry("version-label", "Versie"),
            Map.entry("last-update-label", ""),
            Map.entry("nofooter", ""),
            Map.entry("data-uri!", ""),
            Map.entry("allow-uri-read!", ""),
            Map.entry("max-include-depth", "16"));

    /** The conversion running on a thread: its content folder, its problems, the includes it followed. */
    record Conversion(Path root, List<Problem> problems, int[] includes) {
    }

    /** Held so the logger (and its level) is not garbage-collected. */
    private static final java.util.logging.Logger QUIET = java.util.logging.Logger.getLogger("asciidoctor");

    /**
     * The longest one conversion may take. The example's longest part takes well under a second; a
     * text that Asciidoctor cannot finish (check misses a new trick) must end the build with a message
     * instead of running for ever. The worker threads are daemons, so one left running does not keep
     * the process alive.
     */
    static final Duration TIME_BUDGET = Duration.ofSeconds(30);

    private final Duration timeBudget;

    private final ExecutorService worker = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "vplan-asciidoctor");
        thread.setDaemon(true);
        return thread;
    });
    private final Asciidoctor asciidoctor;
    private final ThreadLocal<Conversion> current = new ThreadLocal<>();

    public AsciidocEngine() {
        this(TIME_BUDGET);
    }

    /**
     * For a process that converts each part about once (a build): JRuby then only interprets the Ruby
     * of Asciidoctor, instead of also compiling its busy methods to JVM bytecode on a thread of its own.
     * Over a build that compiling cost more than it gave back (measured: 5% of the wall time for the
     * example's four schools, 4% for 100 schools, the same time for 500, and 30 MB less memory). Takes effect
     * only before the process's first engine; {@code -Djruby.compile.mode=…} given to java wins. The
     * preview, which converts the same parts again and again, keeps JRuby's default.
     */
    public static void interpretOnly() {
        if (System.getProperty("jruby.compile.mode") == null) {
            System.setProperty("jruby.compile.mode", "OFF");
        }
    }

    /** An engine whose conversions may each take {@code timeBudget}. */
    AsciidocEngine(Duration timeBudget) {
        this.timeBudget = timeBudget;
        asciidoctor = AsciidoctorStart.create();
        asciidoctor.javaExtensionRegistry()
                .inlineMacro(FillInMacro.class)
                .blockMacro(TasksMacro.class)
                .blockMacro(FormMacro.class)
                .includeProcessor(new ContentIncludeProcessor(current::get))
                .treeprocessor(ClassifiedBlocks.class)
                .treeprocessor(AudienceBlocks.class);
        asciidoctor.registerLogHandler(new Collector());
        // Asciidoctor also logs every message through java.util.logging ("SEVERE: …", in English);
        // vplan reports them itself, once, in Dutch, through the Collector.
        QUIET.setLevel(java.util.logging.Level.OFF);
        QUIET.setUseParentHandlers(false);
    }

    /**
     * Converts {@code file} (inside {@code contentRoot}) with {@code attributes} set. A file that cannot
     * be read (or lies outside the content folder) gives an empty result with the problem.
     */
    ConvertedAsciidoc convert(Path file, Path contentRoot, Map<String, String> attributes) {
        Conversion conversion = new Conversion(contentRoot.toAbsolutePath().normalize(), new ArrayList<>(), new int[1]);
        Optional<String> source = TextFiles.read(conversion.root(), file, conversion.problems());
        if (source.isEmpty()) {
            return new ConvertedAsciidoc("", List.of(), "", List.copyOf(conversion.problems()));
        }
        Map<String, Object> values = new java.util.HashMap<>(BASE_ATTRIBUTES);
        values.putAll(attributes);
        values.put("docfile", file.toString());
        values.put("docdir", file.getParent().toString()); // so that safe mode makes {docfile} relative and {docdir} empty
        Attributes all = Attributes.builder().build();
        all.setAttributes(values);
        Options options = Options.builder()
                .safe(SafeMode.SECURE)
                .standalone(false)
                .baseDir(file.getParent().toFile())
                .attributes(all)
                .build();
        Future<ConvertedAsciidoc> running = worker.submit(() -> run(file, source.get(), options, conversion));
        try {
            return running.get(timeBudget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            return new ConvertedAsciidoc("", List.of(), "", List.of(Problem.error(SourceRef.of(file), "het omzetten van dit bestand duurde langer dan "
                    + timeBudget.toSeconds() + " seconden en is afgebroken; staat er iets heel vaak of heel diep in elkaar?")));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("de omzetting is onderbroken", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /** One conversion, on a worker thread, with its state where the extensions and the log handler find it. */
    private ConvertedAsciidoc run(Path file, String source, Options options, Conversion conversion) {
        current.set(conversion);
        try {
            Document document = asciidoctor.load(source, options);
            String body = AsciidoctorHtml.tidy(ClassifiedBlocks.unlinkRemoved(document.convert(), document.getAttribute(ClassifiedBlocks.REMOVED_IDS)));
            String title = AsciidoctorHtml.tidy(document.getDoctitle());
            List<ConvertedAsciidoc.SectionTitle> headings = new ArrayList<>();
            collectHeadings(document, headings);
            if (SchoolTexts.isSchoolText(conversion.root(), file)) {
                body = SchoolTexts.inert(body);
                title = title == null ? null : SchoolTexts.inert(title);
                headings.replaceAll(h -> new ConvertedAsciidoc.SectionTitle(h.id(), h.level(), SchoolTexts.inert(h.titleHtml())));
            }
            List<Problem> problems = conversion.problems().stream()
                    .map(p -> p.where().file() == null ? new Problem(p.severity(), new SourceRef(file, p.where().line()), p.message()) : p)
                    .toList();
            return new ConvertedAsciidoc(title == null ? "" : title, List.copyOf(headings), body, problems);
        } finally {
            current.remove();
        }
    }

    /** {@code target} as a writer may see it: relative to the content folder, never the build's absolute path. */
    static String relative(Path root, String target) {
        String prefix = root.toString();
        return target.replace(prefix + java.io.File.separator, "").replace(prefix, "");
    }

    private static void collectHeadings(StructuralNode node, List<ConvertedAsciidoc.SectionTitle> out) {
        for (StructuralNode child : node.getBlocks()) {
            if (child instanceof Section section && section.getLevel() <= 3) {
                out.add(new ConvertedAsciidoc.SectionTitle(section.getId(), section.getLevel(), AsciidoctorHtml.tidy(section.getTitle())));
                collectHeadings(section, out);
            }
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
        asciidoctor.close();
    }

    /** Routes Asciidoctor's log messages to the conversion running on the same thread. */
    private final class Collector implements LogHandler {
        @Override
        public void log(LogRecord record) {
            var cursor = record.getCursor();
            Path file = cursor == null || cursor.getPath() == null ? null : Path.of(cursor.getPath());
            if (file != null && cursor.getDir() != null && !file.isAbsolute()) {
                file = Path.of(cursor.getDir()).resolve(file);
            }
            int line = cursor == null ? 0 : cursor.getLineNumber();
            Conversion conversion = current.get();
            if (conversion == null) {
                return; // not one of ours (a conversion runs with its Conversion set)
            }
            String message = AsciidoctorMessages.dutch(relative(conversion.root(), record.getMessage()));
            SourceRef where = new SourceRef(file, line);
            boolean severe = record.getSeverity() == Severity.ERROR || record.getSeverity() == Severity.FATAL;
            conversion.problems().add(severe ? Problem.error(where, message) : Problem.warning(where, message));
        }
    }
}
