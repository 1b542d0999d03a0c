package nl.vplan.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32C;

/**
 * What a build wrote into a school's output folder: per file its size and CRC-32C, kept in
 * {@link #FILE}, written after the files. The input hash says the school's sources did not change;
 * this says its output was not changed or damaged since, so a deleted page or a truncated PDF gets
 * the school (or the PDF) made again instead of being kept.
 */
final class OutputManifest {

    /** Where the manifest is kept, relative to a school's output folder. */
    static final String FILE = ".vplan-bestanden";

    private OutputManifest() {
    }

    /** The manifest of {@code files} (paths relative to the school's folder), one line each: size, checksum, path. */
    static byte[] of(Map<String, byte[]> files) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(files).forEach((path, bytes) -> {
            if (!path.equals(FILE)) {
                text.append(bytes.length).append(' ').append(crc(bytes)).append(' ').append(path).append('\n');
            }
        });
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Whether every file the manifest of {@code schoolOutput} names is there, as the build wrote it: its
     * recorded size, and not changed since the manifest was written, which a build does last. A file
     * modified later has a later modification time; only a file whose time equals the manifest's (the
     * same tick of the file system's clock) is read to compare its checksum. So a board's unchanged
     * build asks the file system about each file instead of reading every page again.
     */
    static boolean intact(Path schoolOutput) {
        Map<String, String[]> entries = entries(schoolOutput);
        if (entries.isEmpty()) {
            return false;
        }
        try {
            FileTime written = Files.getLastModifiedTime(schoolOutput.resolve(FILE), LinkOption.NOFOLLOW_LINKS);
            for (Map.Entry<String, String[]> e : entries.entrySet()) {
                Path file = schoolOutput.resolve(e.getKey());
                BasicFileAttributes now = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                int since = now.lastModifiedTime().compareTo(written);
                if (!now.isRegularFile() || now.size() != Long.parseLong(e.getValue()[0]) || since > 0
                        || since == 0 && !crc(file).equals(e.getValue()[1])) {
                    return false;
                }
            }
        } catch (IOException | RuntimeException ex) {
            return false;
        }
        return true;
    }

    /** Whether {@code bytes}, read from {@code path} in the school's output, are what the manifest recorded. */
    static boolean recorded(Path schoolOutput, String path, byte[] bytes) {
        String[] entry = entries(schoolOutput).get(path);
        return entry != null && Long.parseLong(entry[0]) == bytes.length && entry[1].equals(crc(bytes));
    }

    private static Map<String, String[]> entries(Path schoolOutput) {
        Map<String, String[]> entries = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(schoolOutput.resolve(FILE), StandardCharsets.UTF_8)) {
                String[] parts = line.split(" ", 3);
                if (parts.length != 3 || !parts[0].matches("\\d{1,18}")) {
                    return Map.of(); // damaged: nothing is trusted
                }
                entries.put(parts[2], parts);
            }
        } catch (IOException | RuntimeException e) {
            return Map.of();
        }
        return entries;
    }

    private static String crc(byte[] bytes) {
        CRC32C crc = new CRC32C();
        crc.update(bytes);
        return Long.toHexString(crc.getValue());
    }

    private static String crc(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
        }
        return Long.toHexString(crc.getValue());
    }
}
