package nl.vplan.assemble;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/**
 * Gives every link annotation an alternate description ({@code /Contents}), which PDF/UA requires
 * and OpenHTMLtoPDF does not write: the text the link covers on the page, or else its address.
 */
final class PdfLinks {

    private PdfLinks() {
    }

    static void describe(PDDocument pdf) throws IOException {
        for (PDPage page : pdf.getPages()) {
            List<PDAnnotationLink> links = new ArrayList<>();
            for (PDAnnotation annotation : page.getAnnotations()) {
                if (annotation instanceof PDAnnotationLink link && link.getContents() == null) {
                    links.add(link);
                }
            }
            if (links.isEmpty()) {
                continue;
            }
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            float height = page.getCropBox().getHeight();
            for (int i = 0; i < links.size(); i++) {
                PDRectangle r = links.get(i).getRectangle();
                // text positions are measured from the top of the page
                stripper.addRegion("link" + i, new Rectangle2D.Float(r.getLowerLeftX(), height - r.getUpperRightY(),
                        r.getWidth(), r.getHeight()));
            }
            stripper.extractRegions(page);
            for (int i = 0; i < links.size(); i++) {
                String text = stripper.getTextForRegion("link" + i).replaceAll("\\s+", " ").strip();
                links.get(i).setContents(text.isEmpty() ? address(links.get(i)) : text);
            }
        }
    }

    private static String address(PDAnnotationLink link) throws IOException {
        return link.getAction() instanceof PDActionURI uri ? uri.getURI() : "Verwijzing binnen dit document";
    }
}
