package nl.vplan.convert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * the extensions are stateless and Asciidoctor's messages are collected per thread.
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
            Map.entry("allow-uri-read!", ""));

    private final Asciidoctor asciidoctor;
    private final ThreadLocal<List<Problem>> messages = ThreadLocal.withInitial(ArrayList::new);

    public AsciidocEngine() {
        asciidoctor = Asciidoctor.Factory.create();
        asciidoctor.javaExtensionRegistry()
                .inlineMacro(FillInMacro.class)
                .blockMacro(TasksMacro.class)
                .blockMacro(FormMacro.class)
                .includeProcessor(ContentIncludeProcessor.class)
                .treeprocessor(ClassifiedBlocks.class)
                .treeprocessor(AudienceBlocks.class);
        asciidoctor.registerLogHandler(new Collector());
    }

    /**
     * Converts {@code file} (inside {@code contentRoot}) with {@code attributes} set.
     *
     * @throws IOException when the file cannot be read
     */
    ConvertedAsciidoc convert(Path file, Path contentRoot, Map<String, String> attributes) throws IOException {
        String source = Files.readString(file);
        Map<String, Object> values = new java.util.HashMap<>(BASE_ATTRIBUTES);
        values.putAll(attributes);
        values.put(ContentIncludeProcessor.ROOT_ATTRIBUTE, contentRoot.toString());
        values.put("docfile", file.toString());
        Attributes all = Attributes.builder().build();
        all.setAttributes(values);
        Options options = Options.builder()
                .safe(SafeMode.SECURE)
                .standalone(false)
                .baseDir(file.getParent().toFile())
                .attributes(all)
                .build();
        List<Problem> collected = messages.get();
        collected.clear();
        Document document = asciidoctor.load(source, options);
        String body = AsciidoctorHtml.tidy(document.convert());
        String title = AsciidoctorHtml.tidy(document.getDoctitle());
        List<ConvertedAsciidoc.SectionTitle> headings = new ArrayList<>();
        collectHeadings(document, headings);
        List<Problem> problems = collected.stream()
                .map(p -> p.where().file() == null ? new Problem(p.severity(), new SourceRef(file, p.where().line()), p.message()) : p)
                .toList();
        collected.clear();
        return new ConvertedAsciidoc(title == null ? "" : title, List.copyOf(headings), body, problems);
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
            String message = "Asciidoctor: " + record.getMessage();
            SourceRef where = new SourceRef(file, line);
            boolean severe = record.getSeverity() == Severity.ERROR || record.getSeverity() == Severity.FATAL;
            messages.get().add(severe ? Problem.error(where, message) : Problem.warning(where, message));
        }
    }
}
