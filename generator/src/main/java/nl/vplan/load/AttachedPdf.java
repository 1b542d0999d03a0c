package nl.vplan.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Whether a school's attached PDF can be put into its handbook, found out while loading (so
 * {@code check} says so at the school.yml line that names it) by opening it with PDFBox as the
 * handbook will: not a PDF, damaged, protected by a password, or not readable at all are four
 * different things to fix, and get four different messages.
 */
final class AttachedPdf {

    private AttachedPdf() {
    }

    /** What is wrong with {@code file} (named {@code named} in school.yml), in Dutch, if anything. */
    static Optional<String> problem(Path file, String named) {
        String start = "bijlage '" + named + "' ";
        try (InputStream in = Files.newInputStream(file)) {
            if (!new String(in.readNBytes(5), StandardCharsets.ISO_8859_1).equals("%PDF-")) {
                return Optional.of(start + "is geen PDF-bestand (het begint niet met %PDF-); sla het opnieuw op als PDF");
            }
        } catch (IOException e) {
            return Optional.of(start + "kan niet worden gelezen" + (e instanceof java.nio.file.AccessDeniedException
                    ? " (geen leesrechten)" : "") + "; controleer of het bestand leesbaar is");
        }
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()))) {
            if (pdf.isEncrypted()) {
                return Optional.of(start + "is beveiligd (versleuteld); sla het opnieuw op als PDF zonder beveiliging");
            }
            if (pdf.getNumberOfPages() == 0) {
                return Optional.of(start + "heeft geen pagina's");
            }
            for (PDPage page : pdf.getPages()) {
                page.getMediaBox();
                try (InputStream contents = page.getContents()) {
                    contents.transferTo(java.io.OutputStream.nullOutputStream());
                }
            }
            return Optional.empty();
        } catch (InvalidPasswordException e) {
            return Optional.of(start + "is beveiligd met een wachtwoord; sla het opnieuw op als PDF zonder wachtwoord");
        } catch (IOException | RuntimeException e) {
            return Optional.of(start + "is beschadigd en kan niet als PDF worden gelezen; sla het opnieuw op als PDF");
        }
    }
}
