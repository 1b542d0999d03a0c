package nl.vplan.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import nl.vplan.check.DomainRules;
import nl.vplan.model.School;
import nl.vplan.model.SchoolWarning;
import nl.vplan.model.VplanVersion;

/**
 * A hash of everything a school's output is made from: the framework (every file of the content
 * folder outside {@code scholen/}, hidden ones aside), the school's own folder, the vplan version, the build's
 * options, the school year of the build date and the board's rules' warnings about the school (an overdue drill
 * appears with the date alone). A school whose hash equals the one stored in its output folder ({@link #FILE}) is not
 * built again. The framework is hashed as a whole: a changed chapter rebuilds every school, which is
 * always right and costs one build.
 */
final class SchoolInputs {

    /** Where a school's input hash is kept, relative to its output folder. */
    static final String FILE = ".vplan-invoer";

    private final byte[] framework;
    private final String options;

    SchoolInputs(Path contentRoot, BuildRequest request) {
        // the output may lie inside the content folder (a board's repository with its content at the top)
        this.framework = digest(files(contentRoot, List.of(contentRoot.resolve("scholen"), request.out().toAbsolutePath().normalize())),
                contentRoot);
        // the yearly calendar follows the school year of the build date
        this.options = VplanVersion.identity() + "|" + request.edition().id() + "|pdf=" + request.pdf()
                + "|schooljaar=" + schoolYear(DomainRules.today())
                + request.compareWith().map(ref -> "|vergelijk=" + ref).orElse("") + (request.standalone() ? "|los" : "");
    }

    private static int schoolYear(java.time.LocalDate day) {
        return day.getMonthValue() >= 8 ? day.getYear() : day.getYear() - 1;
    }

    /** The hash of the school's inputs and of the rules' warnings about it, which its pages show. */
    String of(School school, List<SchoolWarning> warnings) {
        MessageDigest sha = sha256();
        sha.update(options.getBytes(StandardCharsets.UTF_8));
        warnings.forEach(w -> sha.update((w.message() + "\n").getBytes(StandardCharsets.UTF_8)));
        sha.update(framework);
        sha.update(digest(files(school.dir(), List.of()), school.dir()));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** True when the school's output folder holds this same hash. */
    static boolean unchanged(Path schoolOutput, String hash) {
        Path file = schoolOutput.resolve(FILE);
        try {
            return Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(hash);
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Path> files(Path root, List<Path> skip) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> skip.stream().noneMatch(p.toAbsolutePath().normalize()::startsWith))
                    .filter(p -> !hidden(root.relativize(p))) // .git and editor files are not content
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static byte[] digest(List<Path> files, Path root) {
        MessageDigest sha = sha256();
        try {
            for (Path file : files) {
                sha.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sha.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
