package nl.vplan.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import nl.vplan.assemble.HandbookRenderer;
import nl.vplan.compose.Handbook;
import nl.vplan.compose.SchoolSite;

/**
 * Adds each document's printed handbook, {@code <document>.pdf}, to a school's files, with the hash
 * of its inputs beside it ({@code .<document>.pdf.invoer}): a PDF whose inputs did not change since
 * the last build, and that is still the file that build wrote ({@link OutputManifest}), is taken over
 * from the output folder instead of printed again.
 */
final class Handbooks {

    private final HandbookRenderer printer;
    private final Path outDir;
    private final boolean force;

    Handbooks(HandbookRenderer printer, Path outDir, boolean force) {
        this.printer = printer;
        this.outDir = outDir;
        this.force = force;
    }

    void addTo(SchoolSite site, Map<String, byte[]> files) {
        Path previous = outDir.resolve(site.schoolId());
        for (Handbook handbook : site.handbooks()) {
            HandbookRenderer.Prepared prepared = printer.prepare(handbook);
            String pdf = handbook.documentId() + ".pdf";
            String hash = "." + pdf + ".invoer";
            byte[] unchanged = force ? null : unchanged(previous.resolve(pdf), previous.resolve(hash), prepared.inputHash());
            files.put(pdf, unchanged != null ? unchanged : printer.pdf(prepared));
            files.put(hash, prepared.inputHash().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The previous PDF, if its recorded input hash equals {@code hash}; null otherwise. */
    private static byte[] unchanged(Path pdf, Path hashFile, String hash) {
        try {
            if (Files.isRegularFile(pdf) && Files.isRegularFile(hashFile)
                    && Files.readString(hashFile, StandardCharsets.UTF_8).equals(hash)) {
                byte[] bytes = Files.readAllBytes(pdf);
                // the PDF as it was written, not one truncated or changed since
                return OutputManifest.recorded(pdf.getParent(), pdf.getFileName().toString(), bytes) ? bytes : null;
            }
        } catch (IOException e) {
            // unreadable: print it again
        }
        return null;
    }
}
