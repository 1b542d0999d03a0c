package nl.vplan.assemble;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import nl.vplan.compose.Handbook;
import nl.vplan.compose.SiteTemplates;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;

/**
 * The assemble stage: prints a document's handbook to PDF from the same HTML as the site, with the
 * print stylesheet {@code handbook.css} and template {@code handbook.ftlh}, through OpenHTMLtoPDF:
 * cover with metadata, contents with page numbers, running header and footer, bookmarks, embedded
 * DejaVu fonts. Safe to share between threads; each call builds its own renderer.
 */
public final class HandbookRenderer {

    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    private final SiteTemplates templates;

    public HandbookRenderer(SiteTemplates templates) {
        this.templates = templates;
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false); // its INFO lines would flood the console
    }

    public byte[] pdf(Handbook handbook) {
        Map<String, Object> model = new HashMap<>();
        model.put("h", handbook);
        model.put("css", new String(templates.asset("handbook.css"), java.nio.charset.StandardCharsets.UTF_8));
        Document html = Jsoup.parse(templates.render("handbook.ftlh", model));
        PrintForm.apply(html);
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(html);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .withProducer("vplan")
                    .withW3cDocument(dom, "about:blank")
                    .toStream(out);
            font(builder, "DejaVuSans.ttf", 400, FontStyle.NORMAL);
            font(builder, "DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL);
            font(builder, "DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC);
            font(builder, "DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("kan het handboek " + handbook.documentId() + " niet maken", e);
        }
        return out.toByteArray();
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        builder.useFont(() -> {
            InputStream in = HandbookRenderer.class.getResourceAsStream(FONTS + file);
            if (in == null) {
                throw new IllegalStateException("lettertype " + file + " ontbreekt");
            }
            return in;
        }, "DejaVu Sans", weight, style, true);
    }
}
