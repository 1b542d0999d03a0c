package nl.vplan.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import nl.vplan.assemble.HandbookRenderer;
import nl.vplan.compose.Handbook;
import nl.vplan.compose.SchoolSite;
import nl.vplan.compose.SiteTemplates;
import nl.vplan.convert.AsciidocEngine;
import nl.vplan.load.ContentLoader;
import nl.vplan.model.Content;
import nl.vplan.model.Klasse;
import nl.vplan.pipeline.Stages;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Times printing one school's handbook in one JVM: the first print (cold) and the median of the
 * next N (warm). Run by {@code bench/handbook.sh}. Arguments: content folder, school id, document id, N.
 */
public final class HandbookTiming {

    public static void main(String[] args) throws Exception {
        Content content = ContentLoader.load(Path.of(args[0])).content().orElseThrow();
        int runs = Integer.parseInt(args[3]);
        try (AsciidocEngine engine = new AsciidocEngine()) {
            Stages renderer = new Stages(() -> engine, SiteTemplates.embedded());
            SchoolSite site = renderer.sites(Path.of(args[0]), Klasse.INTERN, renderer::newConverter,
                    s -> s.id().equals(args[1])).results().get(0);
            Handbook handbook = site.handbooks().stream().filter(h -> h.documentId().equals(args[2])).findFirst().orElseThrow();
            HandbookRenderer printer = new HandbookRenderer(renderer.templates());
            List<Double> millis = new ArrayList<>();
            int pages = 0;
            for (int i = 0; i <= runs; i++) {
                long start = System.nanoTime();
                byte[] pdf = printer.pdf(handbook);
                millis.add((System.nanoTime() - start) / 1e6);
                try (PDDocument read = Loader.loadPDF(pdf)) {
                    pages = read.getNumberOfPages();
                }
            }
            double cold = millis.remove(0);
            Collections.sort(millis);
            System.out.printf("%s/%s.pdf, %d pages: cold %.0f ms, warm median %.0f ms (min %.0f, max %.0f, %d runs)%n",
                    args[1], args[2], pages, cold, millis.get(millis.size() / 2), millis.get(0), millis.get(millis.size() - 1), runs);
        }
    }
}
