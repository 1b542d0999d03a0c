package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links a writer puts between parts ({@code <<pestprotocol.adoc#voorkomen,…>>}) go to the other
 * page on the site and to the same place inside the handbook; a link to a file the handbook does
 * not hold keeps only its words there.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandbookLinksTest {

    @TempDir
    static Path temp;

    Path school;

    @BeforeAll
    void build() throws Exception {
        Path content = Cli.copyOfExample(temp);
        Path inleiding = content.resolve("hoofdstukken/inleiding.adoc");
        Files.writeString(inleiding, Files.readString(inleiding) + "\nZie ook <<pestprotocol.adoc#voorkomen,hoe we pesten voorkomen>>, "
                + "<<meldcode.adoc#,de meldcode>> en link:extra-blad.pdf[het extra blad].\n");
        Path out = temp.resolve("site");
        Cli.Result result = Cli.run("build", "--content", content.toString(), "--out", out.toString(), "--school", "de-regenboog");
        assertThat(result.exit()).as(result.err()).isZero();
        school = out.resolve("de-regenboog");
    }

    @Test
    void onTheSiteTheyAreLinksBetweenPages() {
        Document page = Site.html(school.resolve("veiligheidsplan/inleiding.html"));
        assertThat(page.select("main a[href=pestprotocol.html#voorkomen]").eachText()).containsExactly("hoe we pesten voorkomen");
        assertThat(page.select("main a[href=meldcode.html]").eachText()).containsExactly("de meldcode");
        assertThat(page.select("main a[href=extra-blad.pdf]").eachText()).containsExactly("het extra blad");
    }

    @Test
    void inTheHandbookTheyGoToTheirPlaceAndAFileLinkIsText() throws Exception {
        List<Integer> targets = new ArrayList<>();
        List<String> uris = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(school.resolve("veiligheidsplan.pdf").toFile())) {
            int inleiding = -1;
            for (int i = 0; i < pdf.getNumberOfPages() && inleiding < 0; i++) {
                var stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setStartPage(i + 1);
                stripper.setEndPage(i + 1);
                if (stripper.getText(pdf).contains("hoe we pesten voorkomen")) {
                    inleiding = i;
                }
            }
            assertThat(inleiding).as("the page with the links").isNotNegative();
            for (PDAnnotationLink link : pdf.getPage(inleiding).getAnnotations().stream()
                    .filter(a -> a instanceof PDAnnotationLink).map(a -> (PDAnnotationLink) a).toList()) {
                if (link.getAction() instanceof PDActionGoTo goTo && goTo.getDestination() instanceof PDPageDestination d) {
                    targets.add(d.retrievePageNumber());
                } else if (link.getDestination() instanceof PDPageDestination d) {
                    targets.add(d.retrievePageNumber());
                } else if (link.getAction() instanceof PDActionURI uri) {
                    uris.add(uri.getURI());
                }
            }
            assertThat(targets).as("two links inside the handbook, to later pages").hasSize(2).allMatch(p -> p > 0);
            assertThat(uris).as("nothing points out of the handbook").isEmpty();
        }
    }
}
