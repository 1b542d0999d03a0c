package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A school with a logo and an attached PDF in its schoolregels slot: the handbook shows the logo,
 * merges the attached pages in their place with the numbering continued, passes PDF/UA-1 in veraPDF,
 * and is printed again only when one of its inputs changed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandbookAttachmentTest {

    @TempDir
    static Path temp;

    Path content;
    Path site;

    @BeforeAll
    void build() throws IOException {
        content = Cli.copyOfExample(temp.resolve("content"));
        Path school = content.resolve("scholen/de-wilgen");
        attachment(school.resolve("ontruimingsplan.pdf"));
        logo(school.resolve("logo.png"));
        Site.append(school.resolve("school.yml"), "\nlogo: logo.png\nbijlagen:\n  schoolregels: ontruimingsplan.pdf\n");
        Site.append(content.resolve("hoofdstukken/coordinatie.adoc"), "\nWie een vermoeden heeft, volgt xref:meldcode.adoc[de meldcode].\n");
        site = temp.resolve("site");
        build("--school", "de-wilgen");
    }

    private void build(String... extra) {
        String[] args = java.util.stream.Stream.concat(
                java.util.stream.Stream.of("build", "--content", content.toString(), "--out", site.toString()),
                java.util.Arrays.stream(extra)).toArray(String[]::new);
        Cli.Result result = Cli.run(args);
        assertThat(result.exit()).as(result.err()).isZero();
    }

    /** Two pages, the second landscape, with the font embedded as PDF/UA requires of every font. */
    private static void attachment(Path file) throws IOException {
        try (PDDocument pdf = new PDDocument();
             InputStream font = HandbookAttachmentTest.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
            PDType0Font dejavu = PDType0Font.load(pdf, font);
            for (int n = 1; n <= 2; n++) {
                PDRectangle size = n == 1 ? PDRectangle.A4 : new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
                PDPage page = new PDPage(size);
                pdf.addPage(page);
                try (PDPageContentStream text = new PDPageContentStream(pdf, page)) {
                    text.beginText();
                    text.setFont(dejavu, 20);
                    text.newLineAtOffset(60, size.getHeight() - 90);
                    text.showText("Ontruimingsplan blad " + n + " van de school");
                    text.endText();
                }
            }
            pdf.save(file.toFile());
        }
    }

    private static void logo(Path file) throws IOException {
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 100);
        g.setColor(new Color(11, 92, 140));
        g.fillOval(10, 10, 80, 80);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private Path pdf() {
        return site.resolve("de-wilgen/veiligheidsplan.pdf");
    }

    private static String text(PDDocument pdf, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    @Test
    void attachedPagesFollowTheirTitlePageWithTheNumberingContinued() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(pdf().toFile())) {
            int total = pdf.getNumberOfPages();
            PDOutlineItem slot = null;
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                if (item.getTitle().contains("Schoolregels")) {
                    slot = item;
                }
            }
            assertThat(slot).as("bookmark for the attached part").isNotNull();
            int titlePage = pdf.getPages().indexOf(slot.findDestinationPage(pdf)) + 1;
            assertThat(text(pdf, titlePage)).contains("Schoolregels", "PDF-bestand van de school", "de 2 pagina's",
                    "pagina " + titlePage + " van " + total);
            // an attached page carries the handbook's page number, below the school's page
            assertThat(text(pdf, titlePage + 1)).contains("Ontruimingsplan blad 1 van de school", "pagina " + (titlePage + 1) + " van " + total);
            assertThat(text(pdf, titlePage + 2)).contains("Ontruimingsplan blad 2 van de school", "pagina " + (titlePage + 2) + " van " + total);
            // the landscape page is scaled onto the portrait page, not cut off
            assertThat(pdf.getPage(titlePage + 1).getMediaBox().getWidth()).isLessThan(pdf.getPage(titlePage + 1).getMediaBox().getHeight());
            // the contents (from page 3, after the cover and the version history, on as many pages as they need)
            // list the attached part at its title page
            String contents = text(pdf, 3);
            for (int page = 4; page < titlePage && text(pdf, page).contains("....."); page++) {
                contents += text(pdf, page);
            }
            assertThat(text(pdf, 3)).contains("Inhoud");
            assertThat(contents).containsPattern("Schoolregels[^\\n]*\\b" + titlePage + "\\b");
        }
    }

    @Test
    void aLinkToAnotherPartGoesToThatPartInsideThePdf() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(pdf().toFile())) {
            PDOutlineItem meldcode = null;
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                if (item.getTitle().contains("Meldcode")) {
                    meldcode = item;
                }
            }
            assertThat(meldcode).isNotNull();
            PDPage target = meldcode.findDestinationPage(pdf);
            boolean found = false;
            for (PDPage page : pdf.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                            && "de meldcode".equals(link.getContents())) {
                        var action = (org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo) link.getAction();
                        var destination = (org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination) action.getDestination();
                        assertThat(pdf.getPages().indexOf(destination.getPage())).isEqualTo(pdf.getPages().indexOf(target));
                        found = true;
                    }
                }
            }
            assertThat(found).as("link 'de meldcode' in the PDF").isTrue();
        }
    }

    @Test
    void coverShowsTheSchoolsLogo() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(pdf().toFile())) {
            PDPage cover = pdf.getPage(0);
            boolean image = false;
            for (var name : cover.getResources().getXObjectNames()) {
                image |= cover.getResources().isImageXObject(name);
            }
            assertThat(image).as("logo image on the cover").isTrue();
        }
        assertThat(Site.html(site.resolve("de-wilgen/index.html")).select("img.schoollogo").attr("src")).isEqualTo("logo.png");
        assertThat(site.resolve("de-wilgen/logo.png")).exists();
    }

    @Test
    void handbookWithAttachmentPassesPdfUa1() throws Exception {
        assertThat(PdfUa.failures(pdf())).as("veraPDF PDF/UA-1 failures").isEmpty();
    }

    @Test
    void printedAgainOnlyWhenAnInputChanged() throws Exception {
        Path other = temp.resolve("incremental");
        Path copy = Cli.copyOfExample(other.resolve("content"));
        Path out = other.resolve("site");
        String[] build = {"build", "--content", copy.toString(), "--out", out.toString(), "--school", "het-kompas"};
        assertThat(Cli.run(build).exit()).isZero();
        Path pdf = out.resolve("het-kompas/veiligheidsplan.pdf");
        // the file itself (not a copy) stays when the next build changes nothing; a PDF changed since
        // the build is printed again (OutputSafetyTest), so a mark in it cannot tell
        Object written = fileKey(pdf);

        assertThat(Cli.run(build).exit()).isZero();
        assertThat(fileKey(pdf)).as("nothing changed: PDF kept").isEqualTo(written);

        Site.replace(copy.resolve("scholen/het-kompas/school.yml"), "naam: ", "naam: Nieuw ");
        assertThat(Cli.run(build).exit()).isZero();
        assertThat(fileKey(pdf)).as("a value changed: PDF written again").isNotEqualTo(written);
        try (PDDocument printed = Loader.loadPDF(pdf.toFile())) {
            assertThat(text(printed, 1)).contains("Nieuw ");
        }

        Object before = fileKey(pdf);
        String[] force = java.util.stream.Stream.concat(java.util.Arrays.stream(build), java.util.stream.Stream.of("--force")).toArray(String[]::new);
        assertThat(Cli.run(force).exit()).isZero();
        assertThat(fileKey(pdf)).as("--force makes it again").isNotEqualTo(before);
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }
}
