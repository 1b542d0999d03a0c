package nl.vplan.assemble;

import com.openhtmltopdf.pdfboxout.PagePosition;
import com.openhtmltopdf.render.Box;
import java.awt.geom.Rectangle2D;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Merges a school's attached PDFs into its handbook. The handbook's HTML reserves one page per
 * attached page, holding a full-page placeholder image with an alt text ({@link #placeholderId});
 * after layout, each placeholder image is swapped for the attached page as a form XObject. The
 * page count, the contents' page numbers and the tagged structure (a Figure with its alt text)
 * therefore stay exactly as OpenHTMLtoPDF laid them out.
 */
final class AttachedPages implements Closeable {

    /** One attached PDF and the chapter whose placeholders it fills. */
    record Attachment(String chapterId, Path file, int pages) {
    }

    static final Pattern PLACEHOLDERS = Pattern.compile("bijlagepagina-.+");

    private final List<PDDocument> sources = new ArrayList<>();

    static String placeholderId(String chapterId, int page) {
        return "bijlagepagina-" + chapterId + "-" + page;
    }

    static int pageCount(Path file) {
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            return pdf.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("kan de bijlage " + file.getFileName() + " niet lezen als PDF", e);
        }
    }

    /** Puts every attached page in place of its placeholder; keep this open until the target is saved. */
    void insert(PDDocument target, List<PagePosition<Box>> placeholders, List<Attachment> attachments) throws IOException {
        Map<String, PagePosition<Box>> byId = new HashMap<>();
        placeholders.forEach(p -> byId.put(p.getId(), p));
        LayerUtility layers = new LayerUtility(target);
        for (Attachment attachment : attachments) {
            PDDocument source = Loader.loadPDF(attachment.file().toFile());
            sources.add(source);
            for (int i = 0; i < attachment.pages(); i++) {
                PagePosition<Box> at = byId.get(placeholderId(attachment.chapterId(), i + 1));
                if (at == null) {
                    throw new IllegalStateException("plaatshouder voor pagina " + (i + 1) + " van " + attachment.file().getFileName()
                            + " ontbreekt in het handboek");
                }
                PDFormXObject form = layers.importPageAsForm(source, i);
                fit(form, at.getWidth(), at.getHeight());
                replaceImages(target.getPage(at.getPageNo()), form);
            }
        }
    }

    /**
     * The placeholder is drawn as an image, i.e. a unit square scaled to the box; scale the page into
     * that unit square keeping its proportions, centred, after any rotation the import applied.
     */
    private static void fit(PDFormXObject form, float boxWidth, float boxHeight) {
        Matrix imported = form.getMatrix();
        Rectangle2D page = form.getBBox().transform(imported).getBounds2D();
        double scale = Math.min(boxWidth / page.getWidth(), boxHeight / page.getHeight());
        double x = (boxWidth - scale * page.getWidth()) / 2 - scale * page.getX();
        double y = (boxHeight - scale * page.getHeight()) / 2 - scale * page.getY();
        Matrix toBox = new Matrix((float) (scale / boxWidth), 0, 0, (float) (scale / boxHeight),
                (float) (x / boxWidth), (float) (y / boxHeight));
        form.setMatrix(imported.multiply(toBox).createAffineTransform());
    }

    /** Points the page's image resources at the form; the page gets resources of its own, since pages may share them. */
    private static void replaceImages(PDPage page, PDFormXObject form) {
        PDResources shared = page.getResources();
        COSDictionary own = new COSDictionary(shared.getCOSObject());
        COSDictionary xobjects = new COSDictionary(shared.getCOSObject().getCOSDictionary(COSName.XOBJECT));
        for (COSName name : shared.getXObjectNames()) {
            if (shared.isImageXObject(name)) {
                xobjects.setItem(name, form);
            }
        }
        own.setItem(COSName.XOBJECT, xobjects);
        page.setResources(new PDResources(own));
    }

    @Override
    public void close() throws IOException {
        for (PDDocument source : sources) {
            source.close();
        }
    }
}
