package nl.vplan.assemble;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.vplan.compose.Handbook;
import nl.vplan.compose.SiteTemplates;
import nl.vplan.model.VplanVersion;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * The assemble stage: prints a document's handbook to PDF from the same HTML as the site, with the
 * print stylesheet {@code handbook.css} and template {@code handbook.ftlh}, through OpenHTMLtoPDF:
 * cover with logo and metadata, contents with page numbers, running header and footer, bookmarks,
 * embedded DejaVu fonts, tagged for PDF/UA, the school's attached PDFs merged in their place.
 * Safe to share between threads; each call builds its own renderer.
 */
public final class HandbookRenderer {

    /** A transparent 1×1 PNG: the placeholder image that an attached page replaces. */
    private static final String BLANK = "data:image/png;base64,"
            + "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

    private final SiteTemplates templates;

    public HandbookRenderer(SiteTemplates templates) {
        this.templates = templates;
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false); // its INFO lines would flood the console
    }

    /**
     * A handbook ready to print: its final HTML and attachments, and a hash of everything that goes
     * into the PDF, so that a build can keep a PDF whose inputs did not change.
     */
    public record Prepared(Handbook handbook, Document html, List<AttachedPages.Attachment> attachments, String inputHash) {
    }

    public byte[] pdf(Handbook handbook) {
        return pdf(prepare(handbook));
    }

    public Prepared prepare(Handbook handbook) {
        List<AttachedPages.Attachment> attachments = new ArrayList<>();
        Map<String, Integer> attachedPages = new HashMap<>();
        for (Handbook.Chapter chapter : handbook.chapters()) {
            if (chapter.attachment() != null) {
                int pages = AttachedPages.pageCount(chapter.attachment());
                attachments.add(new AttachedPages.Attachment(chapter.id(), chapter.attachment(), pages));
                attachedPages.put(chapter.id(), pages);
            }
        }
        Map<String, Object> model = new HashMap<>();
        model.put("h", handbook);
        model.put("css", new String(templates.asset("handbook.css"), StandardCharsets.UTF_8));
        model.put("logo", handbook.logo() == null ? "" : dataUri(handbook.logo()));
        model.put("attachedPages", attachedPages);
        model.put("blank", BLANK);
        Document html = Jsoup.parse(templates.render("handbook.ftlh", model));
        return new Prepared(handbook, html, List.copyOf(attachments), inputHash(html, attachments));
    }

    public byte[] pdf(Prepared prepared) {
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(prepared.html());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfUaAccessibility(true)
                .withProducer("vplan")
                .withW3cDocument(dom, "about:blank");
        // Everything the handbook shows is in its HTML (the logo and placeholders as data: URIs, the
        // fonts supplied below). An image a text names (file:///etc/…, http://127.0.0.1:…) is never
        // read or fetched: check reports it, and the printer refuses it here whatever its source.
        for (var priority : ExternalResourceControlPriority.values()) {
            builder.useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"), priority);
        }
        HandbookFonts.addTo(builder);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer(); AttachedPages attached = new AttachedPages()) {
            renderer.layout();
            renderer.createPDFWithoutClosing();
            if (!prepared.attachments().isEmpty()) {
                attached.insert(renderer.getPdfDocument(), renderer.findPagePositionsByID(AttachedPages.PLACEHOLDERS),
                        prepared.attachments());
            }
            PdfLinks.describe(renderer.getPdfDocument());
            renderer.getPdfDocument().save(out);
            renderer.finishPDF();
        } catch (IOException e) {
            throw new UncheckedIOException("kan het handboek " + prepared.handbook().documentId() + " niet maken", e);
        }
        return out.toByteArray();
    }

    private static String inputHash(Document html, List<AttachedPages.Attachment> attachments) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(VplanVersion.identity().getBytes(StandardCharsets.UTF_8));
            sha.update(html.outerHtml().getBytes(StandardCharsets.UTF_8));
            for (AttachedPages.Attachment attachment : attachments) {
                sha.update(Files.readAllBytes(attachment.file()));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String dataUri(Path image) {
        String name = image.getFileName().toString().toLowerCase(Locale.ROOT);
        String type = name.endsWith(".png") ? "image/png" : "image/jpeg";
        try {
            return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(image));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
