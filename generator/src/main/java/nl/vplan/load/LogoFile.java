package nl.vplan.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * Whether a school's logo is an image the site and the handbook can show: a PNG or JPEG by its
 * first bytes, not by its name (a text or SVG file renamed {@code logo.png} is not one).
 */
final class LogoFile {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

    private LogoFile() {
    }

    /** What is wrong with {@code file} (named {@code named} in school.yml), in Dutch, if anything. */
    static Optional<String> problem(Path file, String named) {
        String start = "logo '" + named + "' ";
        if (Files.isDirectory(file)) {
            return Optional.of(start + "is een map, geen afbeelding");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PNG.length);
        } catch (IOException e) {
            return Optional.of(start + "kan niet worden gelezen" + (e instanceof AccessDeniedException ? " (geen leesrechten)" : "")
                    + "; controleer of het bestand leesbaar is");
        }
        if (startsWith(head, PNG) || startsWith(head, JPEG)) {
            return Optional.empty();
        }
        return Optional.of(start + "is geen PNG- of JPEG-afbeelding (de inhoud is iets anders, ook al heet het bestand zo);"
                + " sla het opnieuw op als PNG of JPEG");
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        return head.length >= magic.length && Arrays.equals(head, 0, magic.length, magic, 0, magic.length);
    }
}
