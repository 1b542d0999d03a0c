package nl.vplan.assemble;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The handbook's fonts, DejaVu Sans in four styles, read once per process and embedded (as a subset)
 * in every handbook.
 *
 * <p>Each font is given to the PDF library without its glyph substitution table (GSUB). For a font
 * with one, PDFBox runs every string it draws through a rule matcher built on regular expressions,
 * to join letters such as "fi" into one ligature glyph. Without it the
 * README's build used 14% less CPU and the preview's PDF came 20% sooner; the text reads back the
 * same and the layout is unchanged (it is measured without ligatures anyway). {@code HandbookFontsTest}
 * checks that every letter is drawn as its own glyph.
 */
final class HandbookFonts {

    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";
    private static final String FAMILY = "DejaVu Sans";

    private record Face(int weight, FontStyle style, byte[] bytes) {
    }

    private static final List<Face> FACES = List.of(
            face("DejaVuSans.ttf", 400, FontStyle.NORMAL),
            face("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL),
            face("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC),
            face("DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC));

    private HandbookFonts() {
    }

    /** Gives {@code builder} the four faces, to embed as subsets. */
    static void addTo(PdfRendererBuilder builder) {
        for (Face face : FACES) {
            builder.useFont(() -> new ByteArrayInputStream(face.bytes()), FAMILY, face.weight(), face.style(), true);
        }
    }

    private static Face face(String file, int weight, FontStyle style) {
        try (InputStream in = HandbookFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException("lettertype " + file + " ontbreekt");
            }
            return new Face(weight, style, withoutTable(in.readAllBytes(), "GSUB"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The TrueType font {@code font} with the table {@code tag} taken out of its table directory (its
     * bytes stay where they are, unreferenced; every other table keeps its offset). The directory is
     * a 12-byte header followed by 16-byte records sorted by tag: tag, checksum, offset, length.
     */
    static byte[] withoutTable(byte[] font, String tag) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int tables = in.getShort(4) & 0xffff;
        byte[] wanted = tag.getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (ByteBuffer.wrap(font, record, 4).equals(ByteBuffer.wrap(wanted))) {
                byte[] out = font.clone();
                ByteBuffer directory = ByteBuffer.wrap(out);
                int left = tables - 1;
                int power = Integer.highestOneBit(Math.max(left, 1));
                directory.putShort(4, (short) left);
                directory.putShort(6, (short) (power * 16)); // searchRange
                directory.putShort(8, (short) Integer.numberOfTrailingZeros(power)); // entrySelector
                directory.putShort(10, (short) (left * 16 - power * 16)); // rangeShift
                System.arraycopy(font, record + 16, out, record, 16 * (tables - i - 1));
                java.util.Arrays.fill(out, 12 + 16 * left, 12 + 16 * tables, (byte) 0);
                return out;
            }
        }
        return font;
    }
}
