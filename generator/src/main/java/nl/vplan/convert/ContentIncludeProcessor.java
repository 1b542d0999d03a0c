package nl.vplan.convert;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import nl.vplan.load.ContentPaths;
import org.asciidoctor.ast.Document;
import org.asciidoctor.extension.IncludeProcessor;
import org.asciidoctor.extension.PreprocessorReader;

/**
 * Resolves {@code include::} inside the content folder only (named by the document attribute
 * {@value #ROOT_ATTRIBUTE}). Anything outside is never read: the line is replaced by a visible
 * notice, and the check stage reports it with file and line.
 */
public final class ContentIncludeProcessor extends IncludeProcessor {

    static final String ROOT_ATTRIBUTE = "vplan-inhoudsmap";

    @Override
    public boolean handles(String target) {
        return true;
    }

    @Override
    public void process(Document document, PreprocessorReader reader, String target, Map<String, Object> attributes) {
        Path root = Path.of(String.valueOf(document.getAttribute(ROOT_ATTRIBUTE)));
        Path dir = Path.of(reader.getDir() == null ? root.toString() : reader.getDir());
        Optional<Path> file = ContentPaths.inside(dir, target).filter(p -> p.startsWith(root));
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            String reason = file.isEmpty() ? "buiten de inhoudsmap, geweigerd" : "niet gevonden";
            reader.pushInclude("[.vplan-fout]\nInclude `" + target.replace("`", "") + "` " + reason + ".",
                    target, target, 1, attributes);
            return;
        }
        try {
            String text = Files.readString(file.get(), StandardCharsets.UTF_8);
            reader.pushInclude(text, file.get().toString(), file.get().toString(), 1, attributes);
        } catch (IOException e) {
            reader.pushInclude("[.vplan-fout]\nInclude `" + target.replace("`", "") + "` kon niet worden gelezen.",
                    target, target, 1, attributes);
        }
    }
}
