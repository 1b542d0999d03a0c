package nl.vplan.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

class HandbookFontsTest {

    private static byte[] dejaVuSans() throws IOException {
        try (InputStream in = HandbookFontsTest.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
            return in.readAllBytes();
        }
    }

    private static TrueTypeFont parse(byte[] font) throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(font));
    }

    @Test
    void theTableIsGoneAndEveryOtherTableReadsAsBefore() throws IOException {
        byte[] original = dejaVuSans();
        byte[] stripped = HandbookFonts.withoutTable(original, "GSUB");
        try (TrueTypeFont before = parse(original); TrueTypeFont after = parse(stripped)) {
            assertThat(before.getTableMap()).containsKey("GSUB");
            assertThat(after.getTableMap()).doesNotContainKey("GSUB");
            assertThat(after.getTableMap().keySet()).hasSize(before.getTableMap().size() - 1);
            assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
            int a = before.getUnicodeCmapLookup().getGlyphId('ë');
            assertThat(after.getUnicodeCmapLookup().getGlyphId('ë')).isEqualTo(a).isPositive();
            assertThat(after.getAdvanceWidth(a)).isEqualTo(before.getAdvanceWidth(a));
            assertThat(after.getGlyph().getGlyph(a).getPath().getBounds2D())
                    .isEqualTo(before.getGlyph().getGlyph(a).getPath().getBounds2D());
        }
        assertThat(HandbookFonts.withoutTable(original, "ABCD")).as("a table the font does not have").isEqualTo(original);
    }

    /** Each letter is drawn as its own glyph ("fi" is not joined), and the text reads back the same. */
    @Test
    void aHandbookDrawsEveryLetterAsItself() throws IOException {
        String text = "Officiële filmpjes, afluisteren en flexibel: “geïnformeerd” – één €5";
        PdfRendererBuilder builder = new PdfRendererBuilder().useFastMode()
                .withHtmlContent("<html><body style=\"font-family: 'DejaVu Sans'\"><p>" + text + "</p></body></html>", null);
        HandbookFonts.addTo(builder);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        builder.toStream(out).run();
        List<TextPosition> glyphs = new ArrayList<>();
        String read;
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String string, List<TextPosition> positions) throws IOException {
                    glyphs.addAll(positions);
                    super.writeString(string, positions);
                }
            };
            read = stripper.getText(pdf).strip();
            assertThat(pdf.getPage(0).getResources().getFont(pdf.getPage(0).getResources().getFontNames().iterator().next())
                    .getName()).contains("DejaVuSans");
        }
        assertThat(read).isEqualTo(text);
        assertThat(glyphs).extracting(TextPosition::getUnicode).allMatch(u -> u.codePointCount(0, u.length()) == 1);
        assertThat(glyphs).hasSize(text.codePointCount(0, text.length()));
    }
}
