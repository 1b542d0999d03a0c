package nl.vplan.compose;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a school's attached PDF for the search index (PDFBox). Read once per file and
 * version: a build or the preview asks again for every edition and every render, and the file
 * rarely changes. A PDF without text (a scan) or one PDFBox cannot read gives "": the page is then
 * found by its title only, and the handbook reports an unreadable file.
 */
final class AttachmentText {

    private record Version(Path file, long size, long modified) {
    }

    private static final Map<Version, String> READ = new ConcurrentHashMap<>();

    private AttachmentText() {
    }

    static String of(Path pdf) {
        Version version;
        try {
            version = new Version(pdf.toAbsolutePath().normalize(), Files.size(pdf), Files.getLastModifiedTime(pdf).toMillis());
        } catch (IOException e) {
            return "";
        }
        return READ.computeIfAbsent(version, v -> read(v.file()));
    }

    private static String read(Path pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ").strip();
        } catch (IOException e) {
            return "";
        }
    }
}
