package nl.vplan.convert;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import nl.vplan.load.ContentPaths;
import nl.vplan.load.TextFiles;
import nl.vplan.model.Problem;
import nl.vplan.model.SourceRef;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.IncludeProcessor;
import org.asciidoctor.extension.PreprocessorReader;

/**
 * Resolves {@code include::} inside the content folder only (the folder of the conversion running
 * on this thread, {@link AsciidocEngine.Conversion}; not a document attribute, which a text could
 * print). A target outside the folder, missing or unreadable is an error with the include's file
 * and line, also when it came from an attribute that {@code check} could not resolve; nothing is
 * put in its place. Every conversion may follow at most {@link #MAX_INCLUDES} includes: Asciidoctor
 * does not limit the depth of includes its extensions push, so a file that includes itself through
 * an attribute would otherwise never end.
 */
final class ContentIncludeProcessor extends IncludeProcessor {

    /** Far more than any plan needs (the example has a handful per file), far below what is slow. */
    static final int MAX_INCLUDES = 200;

    private final Supplier<AsciidocEngine.Conversion> conversion;

    ContentIncludeProcessor(Supplier<AsciidocEngine.Conversion> conversion) {
        this.conversion = conversion;
    }

    @Override
    public boolean handles(String target) {
        return true;
    }

    @Override
    public void process(Document document, PreprocessorReader reader, String target, Map<String, Object> attributes) {
        AsciidocEngine.Conversion current = conversion.get();
        Path root = current.root();
        Path dir = reader.getDir() == null ? root : Path.of(reader.getDir());
        Path including = reader.getFile() == null ? null : dir.resolve(Path.of(reader.getFile()).getFileName());
        // the reader has moved past the directive line already
        SourceRef where = new SourceRef(including, Math.max(1, reader.getLineNumber() - 1)).column(1);
        String shown = AsciidocEngine.relative(root, target);
        if (++current.includes()[0] > MAX_INCLUDES) {
            if (current.includes()[0] == MAX_INCLUDES + 1) {
                current.problems().add(Problem.error(where, "include '" + shown + "': meer dan " + MAX_INCLUDES
                        + " includes in één onderdeel; neemt een bestand zichzelf (via een attribuut) weer op?"));
            }
            return;
        }
        Optional<Path> file = ContentPaths.inside(dir, target).filter(p -> p.startsWith(root));
        if (file.isEmpty()) {
            current.problems().add(Problem.error(where, "include '" + shown + "' wijst buiten de inhoudsmap en wordt geweigerd"));
            return;
        }
        if (!Files.isRegularFile(file.get())) {
            current.problems().add(Problem.error(where, "include '" + shown + "': bestand bestaat niet"));
            return;
        }
        List<Problem> read = new ArrayList<>();
        Optional<String> text = TextFiles.read(root, file.get(), read);
        current.problems().addAll(read);
        text.ifPresent(t -> reader.pushInclude(t, file.get().toString(), file.get().toString(), 1, attributes));
    }
}
