package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The printed handbook of the example schools, read back with PDFBox. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HandbookPdfTest {

    @TempDir
    static Path temp;

    Path site;

    @BeforeAll
    void build() {
        site = temp.resolve("site");
        Cli.Result result = Cli.run("build", "--content", Cli.EXAMPLE.toString(), "--out", site.toString(),
                "--school", "de-regenboog", "--school", "de-wilgen");
        assertThat(result.exit()).as(result.err()).isZero();
    }

    private static List<String> pages(PDDocument pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            stripper.setStartPage(i);
            stripper.setEndPage(i);
            pages.add(stripper.getText(pdf));
        }
        return pages;
    }

    /** How many pages the contents starting at page index {@code first} take: those with dotted leader lines. */
    private static int contentsPages(List<String> pages, int first) {
        Pattern leader = Pattern.compile("(?m)\\.{3,} ?\\d+$");
        int n = 0;
        while (first + n < pages.size() && leader.matcher(pages.get(first + n)).find()) {
            n++;
        }
        assertThat(n).as("pages of contents").isPositive();
        return n;
    }

    @Test
    void telephoneNumbersAndAddressesPrintAsTextWhileTheSiteLinksThem() throws Exception {
        String phone = Site.yaml(Cli.EXAMPLE.resolve("scholen/de-regenboog/school.yml")).path("velden").path("school.telefoon").asText();
        assertThat(phone).isNotEmpty();
        List<String> targets = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(site.resolve("de-regenboog/veiligheidsplan.pdf").toFile())) {
            assertThat(String.join("", pages(pdf))).contains(phone);
            for (var page : pdf.getPages()) {
                for (var annotation : page.getAnnotations()) {
                    if (annotation instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                            && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI uri) {
                        targets.add(uri.getURI());
                    }
                }
            }
        }
        assertThat(targets).noneMatch(t -> t.startsWith("tel:") || t.startsWith("mailto:"));
        var page = Site.html(site.resolve("de-regenboog/veiligheidsplan/inleiding.html"));
        assertThat(page.select(".invul-ingevuld[data-veld=school.telefoon] a[href^=tel:]").eachText()).containsOnly(phone);
    }

    @Test
    void theCoverSaysWhenTheMrConsented() throws Exception {
        try (PDDocument regenboog = Loader.loadPDF(site.resolve("de-regenboog/veiligheidsplan.pdf").toFile());
             PDDocument wilgen = Loader.loadPDF(site.resolve("de-wilgen/veiligheidsplan.pdf").toFile());
             PDDocument code = Loader.loadPDF(site.resolve("de-regenboog/gedragscode-ict.pdf").toFile())) {
            assertThat(pages(regenboog).get(0).replaceAll("\\s+", " ")).contains("Instemming MR versie 3.1 op 23 juni 2026");
            assertThat(pages(wilgen).get(0).replaceAll("\\s+", " ")).contains("Instemming MR nog niet vastgelegd");
            assertThat(pages(code).get(0)).as("no consent rule for the code of conduct").doesNotContain("Instemming MR");
        }
    }

    @Test
    void coverMetadataValuesAndBlanks() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(site.resolve("de-regenboog/veiligheidsplan.pdf").toFile())) {
            List<String> pages = pages(pdf);
            assertThat(pages.get(0)).contains("Basisschool De Regenboog", "Stichting Voorbeeld Onderwijs", "Veiligheidsplan",
                    "Versie", "3.1", "Vastgesteld", "1 september 2026", "Proceseigenaar", "College van Bestuur",
                    "Volgende evaluatie", "1 september 2027");
            String value = Site.yaml(Cli.EXAMPLE.resolve("scholen/de-regenboog/school.yml")).path("velden").path("directeur.naam").asText();
            assertThat(String.join("", pages)).contains(value);
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Veiligheidsplan (Interne versie) — Basisschool De Regenboog");
            assertThat(pdf.getDocumentInformation().getAuthor()).isEqualTo("Stichting Voorbeeld Onderwijs");
            assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("nl");
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged PDF").isTrue();
            for (PDFont font : pdf.getPage(3).getResources().getFontNames().iterator().hasNext()
                    ? List.of(pdf.getPage(3).getResources().getFont(pdf.getPage(3).getResources().getFontNames().iterator().next()))
                    : List.<PDFont>of()) {
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            }
        }
        try (PDDocument pdf = Loader.loadPDF(site.resolve("de-wilgen/veiligheidsplan.pdf").toFile())) {
            String text = String.join("", pages(pdf));
            assertThat(text).contains("Naam directeur").contains("Coördinatie");
        }
    }

    @Test
    void theEditionAndTheConceptStatusAreOnTheCoverTheFooterTheTitleAndTheDownloadName() throws Exception {
        int open = Site.json(site.resolve("de-wilgen/volledigheid.json")).path("open").asInt();
        assertThat(open).as("the example's empty school").isPositive();
        try (PDDocument pdf = Loader.loadPDF(site.resolve("de-wilgen/veiligheidsplan.pdf").toFile())) {
            List<String> pages = pages(pdf);
            assertThat(pages.get(0)).contains("Interne versie", "Concept — nog " + open + " open");
            assertThat(pages.subList(1, pages.size())).as("every page's footer")
                    .allMatch(page -> page.contains("Interne versie · concept — " + open + " open"));
            assertThat(pdf.getDocumentInformation().getTitle())
                    .isEqualTo("Veiligheidsplan (Interne versie · concept — " + open + " open) — Kindcentrum De Wilgen");
        }
        try (PDDocument pdf = Loader.loadPDF(site.resolve("de-regenboog/veiligheidsplan.pdf").toFile())) {
            List<String> pages = pages(pdf);
            assertThat(pages.get(0)).contains("Interne versie").doesNotContainIgnoringCase("concept");
            assertThat(pages.get(pages.size() - 1)).contains("Veiligheidsplan, versie 3.1 · Interne versie");
        }
        // the file keeps its path (<school>/<document>.pdf); the link names the download after what it is
        var wilgen = Site.html(site.resolve("de-wilgen/veiligheidsplan/index.html"));
        assertThat(wilgen.selectFirst(".kop .kop-editie.concept").text()).isEqualTo("Interne versie · concept — " + open + " open");
        var link = wilgen.selectFirst(".handboeklink a");
        assertThat(link.attr("href")).isEqualTo("../veiligheidsplan.pdf");
        assertThat(link.attr("download")).isEqualTo("veiligheidsplan-intern-de-wilgen-concept.pdf");
        var regenboog = Site.html(site.resolve("de-regenboog/gedragscode-ict/index.html"));
        assertThat(regenboog.selectFirst(".kop .kop-editie").text()).isEqualTo("Interne versie");
        assertThat(regenboog.select("a[href$=.pdf]")).extracting(a -> a.attr("href") + " " + a.attr("download")).contains(
                "../gedragscode-ict.pdf gedragscode-ict-intern-de-regenboog.pdf",
                "../gedragscode-ict-voor-ouders.pdf gedragscode-ict-voor-ouders-intern-de-regenboog.pdf");
        assertThat(site.resolve("de-regenboog/gedragscode-ict-voor-ouders.pdf")).exists();
        // a crisis card says which text and which version it was printed from
        var card = Site.html(site.resolve("de-wilgen/veiligheidsplan/pestprotocol-kaart.html"));
        assertThat(card.selectFirst(".kaart-versie").text())
                .isEqualTo("Veiligheidsplan, versie 3.1, vastgesteld 1 september 2026 · Interne versie · concept — " + open + " open");
    }

    /** The handbook's right margin (handbook.css: {@code @page margin … 20mm}) in PDF points from the page's right edge. */
    private static final float RIGHT_MARGIN = 20 / 25.4f * 72;

    /**
     * Every glyph of a handbook's own pages (those with its running header; a school's attached PDF
     * pages are its own) that ends beyond the right margin: a table wider than the text area.
     */
    private static List<String> beyondTheRightMargin(Path file) throws IOException {
        List<String> beyond = new ArrayList<>();
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            List<String> texts = pages(pdf);
            String header = texts.get(1).lines().findFirst().orElseThrow(); // the running header, "<school> — <document>"
            assertThat(texts.stream().filter(t -> t.startsWith(header + "\n")).count()).as(file + ": pages with the header")
                    .isGreaterThanOrEqualTo(texts.size() / 2);
            for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
                if (!texts.get(i - 1).startsWith(header + "\n")) {
                    continue; // the cover, or a page of a school's own PDF
                }
                float limit = pdf.getPage(i - 1).getMediaBox().getWidth() - RIGHT_MARGIN + 1;
                int page = i;
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> glyphs) throws IOException {
                        for (var glyph : glyphs) {
                            if (!glyph.getUnicode().isBlank() && glyph.getXDirAdj() + glyph.getWidthDirAdj() > limit) {
                                beyond.add(file.getFileName() + " pagina " + page + ": " + text);
                                return;
                            }
                        }
                    }
                };
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                stripper.getText(pdf);
            }
        }
        return beyond;
    }

    @Test
    void noTableIsWiderThanTheTextAreaInAnyHandbook() throws Exception {
        List<Path> handbooks = new ArrayList<>();
        for (String school : List.of("de-regenboog", "de-wilgen")) {
            try (var files = java.nio.file.Files.list(site.resolve(school))) {
                files.filter(f -> f.toString().endsWith(".pdf")).forEach(handbooks::add);
            }
        }
        assertThat(handbooks).hasSizeGreaterThanOrEqualTo(8);
        List<String> beyond = new ArrayList<>();
        for (Path handbook : handbooks) {
            beyond.addAll(beyondTheRightMargin(handbook));
        }
        assertThat(beyond).isEmpty();
    }

    @Test
    void aFormsSignatureBlockNeverStandsAloneOnAPage() throws Exception {
        // the signature block: a form's last heading and fields, down to its signature line
        List<String> block = List.of("Ondertekening", "Naam invuller", "Datum van invullen", "Datum", "Naam directeur",
                "Naam van de school", "Naam voorzitter College van Bestuur", "Naam voorzitter medezeggenschapsraad");
        int signatures = 0;
        for (String school : List.of("de-regenboog", "de-wilgen")) {
            try (PDDocument pdf = Loader.loadPDF(site.resolve(school + "/veiligheidsplan.pdf").toFile())) {
                List<String> pages = pages(pdf);
                for (int i = 1; i < pages.size(); i++) {
                    List<String> lines = pages.get(i).lines().toList();
                    if (lines.stream().noneMatch(l -> l.startsWith("Handtekening"))) {
                        continue;
                    }
                    signatures++;
                    // after the running header and footer, the page's first line of text
                    String first = lines.get(2).strip();
                    assertThat(block).as(school + " page " + (i + 1) + " starts with " + first + ":\n" + pages.get(i))
                            .doesNotContain(first);
                    assertThat(first).as(school + " page " + (i + 1)).doesNotStartWith("Handtekening");
                }
            }
        }
        assertThat(signatures).isGreaterThanOrEqualTo(4);
    }

    @Test
    void theVersionHistoryFollowsTheCoverBeforeTheContentsAndTheFirstChapter() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(site.resolve("de-regenboog/veiligheidsplan.pdf").toFile())) {
            List<String> pages = pages(pdf);
            assertThat(pages.get(0)).doesNotContain("Versiebeheer");
            String history = pages.get(1).replaceAll("\\s+", " ");
            assertThat(history).contains("Versiebeheer", "Versie Datum Wijzigingen",
                    "3.1 1 september 2026 Meldcode aangevuld met het afwegingskader",
                    "3.0 1 september 2025 Monitor sociale veiligheid", "2.0 1 september 2023 Eerste bovenschoolse versie");
            // a page of its own, then the contents (on as many pages as it needs), then the first chapter
            assertThat(pages.get(2)).contains("\nInhoud\n", "Inleiding");
            assertThat(pages.subList(2, pages.size())).noneMatch(page -> page.contains("Versiebeheer"));
            int first = 2 + contentsPages(pages, 2);
            assertThat(pages.get(first)).contains("Inleiding").doesNotContain("\nInhoud\n");
        }
        try (PDDocument pdf = Loader.loadPDF(site.resolve("de-regenboog/gedragscode-ict-voor-ouders.pdf").toFile())) {
            assertThat(pages(pdf).get(1)).contains("Versiebeheer", "Eerste versie");
        }
    }

    @Test
    void contentsPageNumbersMatchWhereThePartsStartAndPagesAreNumbered() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(site.resolve("de-wilgen/veiligheidsplan.pdf").toFile())) {
            List<String> pages = pages(pdf);
            int total = pdf.getNumberOfPages();
            for (int i = 1; i < total; i++) {
                assertThat(pages.get(i)).as("page " + (i + 1)).contains("pagina " + (i + 1) + " van " + total);
            }
            // the contents follow the cover and, when the document has one, the page with its version history
            int contents = pages.get(1).contains("Versiebeheer") ? 2 : 1;
            assertThat(pages.get(contents)).contains("Inhoud");
            // a long contents runs on over the next pages: read them all
            String toc = String.join("\n", pages.subList(contents, contents + contentsPages(pages, contents)));
            Matcher entry = Pattern.compile("(?m)^(.+?) ?\\.{3,} ?(\\d+)$").matcher(toc);
            int entries = 0;
            while (entry.find()) {
                // the number may be extracted after the title: compare the title's words only
                String title = entry.group(1).replaceAll("Bijlage \\d+:|\\d+\\.", "").strip();
                int page = Integer.parseInt(entry.group(2));
                assertThat(pages.get(page - 1).replaceAll("\\s+", " ")).as(title + " on page " + page + ", from the contents line: " + entry.group()).contains(title);
                assertThat(pages.get(page - 2)).as(title + " starts on page " + page).doesNotContain(title + "\n");
                entries++;
            }
            assertThat(entries).isGreaterThanOrEqualTo(12);

            List<String> outline = new ArrayList<>();
            for (PDOutlineItem item : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                outline.add(item.getTitle());
            }
            assertThat(outline).hasSize(entries).contains("1. Coördinatie van de veiligheid", "Bijlage 1: Pestprotocol");
            // appendices are numbered on, through the framework's parts and the school's slots at the end
            List<String> appendices = outline.stream().filter(title -> title.startsWith("Bijlage ")).toList();
            for (int i = 0; i < appendices.size(); i++) {
                assertThat(appendices.get(i)).startsWith("Bijlage " + (i + 1) + ": ");
            }
            assertThat(appendices.get(appendices.size() - 1)).endsWith(": Arbo-jaarverslag");
            // the sections of a part are bookmarks under the part's, each leading to the page it is on
            int nested = 0;
            for (PDOutlineItem part : pdf.getDocumentCatalog().getDocumentOutline().children()) {
                int partPage = pdf.getPages().indexOf(part.findDestinationPage(pdf));
                for (PDOutlineItem section : part.children()) {
                    int page = pdf.getPages().indexOf(section.findDestinationPage(pdf));
                    assertThat(page).as(section.getTitle()).isGreaterThanOrEqualTo(partPage);
                    // a heading kept with its text on the next page leaves its destination at the foot of this one
                    String there = (pages.get(page) + (page + 1 < pages.size() ? pages.get(page + 1) : "")).replaceAll("\\s+", " ");
                    assertThat(there).as(section.getTitle() + " on page " + (page + 1)).contains(section.getTitle());
                    nested++;
                }
            }
            assertThat(nested).as("sections under the parts").isGreaterThanOrEqualTo(20);
            assertThat(appendices).anyMatch(title -> title.endsWith(": Schoolregels"))
                    .anyMatch(title -> title.endsWith(": Klachtenregeling"));
        }
    }
}
