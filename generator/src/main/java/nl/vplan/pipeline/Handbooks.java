package nl.vplan.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import nl.vplan.assemble.HandbookRenderer;
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
    private final Parallel.Pool pool;

    /** @param pool where the handbooks are printed, shared by every school of the build */
    Handbooks(HandbookRenderer printer, Path outDir, boolean force, Parallel.Pool pool) {
        this.printer = printer;
        this.outDir = outDir;
        this.force = force;
        this.pool = pool;
    }

    void addTo(SchoolSite site, Map<String, byte[]> files) {
        Path previous = outDir.resolve(site.schoolId());
        List<Printed> printed = pool.map(site.handbooks(), handbook -> {
            HandbookRenderer.Prepared prepared = printer.prepare(handbook);
            String pdf = handbook.documentId() + ".pdf";
            byte[] unchanged = force ? null : unchanged(previous.resolve(pdf), previous.resolve(hashFile(pdf)), prepared.inputHash());
            return new Printed(pdf, unchanged != null ? unchanged : printer.pdf(prepared), prepared.inputHash());
        });
        for (Printed handbook : printed) {
            files.put(handbook.file(), handbook.pdf());
            files.put(hashFile(handbook.file()), handbook.inputHash().getBytes(StandardCharsets.UTF_8));
        }
    }

    private record Printed(String file, byte[] pdf, String inputHash) {
    }

    private static String hashFile(String pdf) {
        return "." + pdf + ".invoer";
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
