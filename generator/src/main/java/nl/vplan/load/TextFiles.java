package nl.vplan.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import nl.vplan.model.Problem;
import nl.vplan.model.SourceRef;

/**
 * Reads a content file as text, refusing what cannot be a policy text: a file whose real path lies
 * outside the content folder (a symbolic link to {@code /etc/passwd}, or a linked school folder, would
 * otherwise put that file in the site), a file that is not UTF-8, or one larger than {@link #MAX_BYTES} (a whole veiligheidsplan is some hundreds of kilobytes;
 * a bigger file is almost certainly a mistake, such as a pasted image, and would slow everything).
 */
public final class TextFiles {

    /** 2 MiB. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    private TextFiles() {
    }

    /**
     * The text of {@code file}, which must really lie inside {@code contentRoot} (links resolved), or
     * empty with a Dutch problem added. An empty file is returned as "".
     */
    public static Optional<String> read(Path contentRoot, Path file, List<Problem> problems) {
        try {
            if (!insideReally(contentRoot, file)) {
                problems.add(Problem.error(SourceRef.of(file), "het bestand is een koppeling naar een plek buiten de inhoudsmap"
                        + " en wordt niet gelezen; zet het bestand zelf in de inhoudsmap"));
                return Optional.empty();
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                problems.add(Problem.error(SourceRef.of(file), "het bestand is te groot (" + size / 1024
                        + " kB; hooguit " + MAX_BYTES / 1024 + " kB): is er per ongeluk iets anders in geplakt?"));
                return Optional.empty();
            }
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString());
        } catch (CharacterCodingException e) {
            problems.add(Problem.error(SourceRef.of(file), "het bestand is geen UTF-8; sla het op als UTF-8"));
        } catch (IOException e) {
            problems.add(Problem.error(SourceRef.of(file), "kan het bestand niet lezen: " + e.getMessage()));
        }
        return Optional.empty();
    }

    /** Whether {@code file}'s real path (every symbolic link followed) is inside the real content folder. */
    public static boolean insideReally(Path contentRoot, Path file) throws IOException {
        return file.toRealPath().startsWith(contentRoot.toRealPath());
    }
}
