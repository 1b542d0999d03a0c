package nl.vplan.model;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Identifies the running vplan, for hashes of build inputs: output made by another vplan (a new
 * release, or a rebuilt jar during development) is never taken for up to date.
 */
public final class VplanVersion {

    private static final String IDENTITY = compute();

    private VplanVersion() {
    }

    /** The release version, plus the size and time of the jar (or classes folder) the code came from. */
    public static String identity() {
        return IDENTITY;
    }

    private static String compute() {
        String version = VplanVersion.class.getPackage().getImplementationVersion();
        String code = "";
        try {
            Path location = Path.of(VplanVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            code = Files.size(location) + "@" + Files.getLastModifiedTime(location).toMillis();
        } catch (Exception e) {
            code = "onbekend";
        }
        return (version == null ? "ontwikkel" : version) + "/" + code;
    }
}
