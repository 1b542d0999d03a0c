package nl.vplan.start;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes a new content repository for a board. The files come from the jar (or from
 * {@code target/classes} when run from the build): every file under a resource folder is copied, so
 * a file added to {@code content/} or {@code nieuw/} needs no list to be kept. In resource names a
 * path segment {@code dot-x} stands for {@code .x} (Maven leaves {@code .gitignore} out of the jar).
 */
public final class NewRepository {

    /** The board's name when {@code --bestuur} is not given. */
    public static final String DEFAULT_BOARD = "Stichting Voorbeeld";

    private static final String SCHEMA_LINE = "# yaml-language-server: $schema=";
    private static final Pattern BOARD_LINE = Pattern.compile("(?m)^bestuur:.*$");

    /** The target exists and holds something; nothing was written. */
    public static final class NotEmpty extends Exception {
        NotEmpty(String message) {
            super(message);
        }
    }

    private NewRepository() {
    }

    /**
     * Creates {@code target} (and missing parents) with the skeleton or, with {@code example}, the
     * example board. {@code board} is the board's name, or null to keep the default (the example's own).
     * Returns the files written, relative to {@code target}, sorted.
     */
    public static List<Path> create(Path target, String board, boolean example) throws IOException, NotEmpty {
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new NotEmpty(target + " is een bestand, geen map");
        }
        if (Files.isDirectory(target)) {
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new NotEmpty("de map " + target + " is niet leeg; kies een nieuwe of lege map");
                }
            }
        }
        Map<Path, byte[]> files = new TreeMap<>();
        read(example ? "/voorbeeld/content" : "/nieuw/skelet", files);
        String ownName = board != null ? board : example ? exampleBoard(files.get(Path.of("kader.yml"))) : DEFAULT_BOARD;
        read("/nieuw/rond", files);
        Map<Path, byte[]> schemas = new TreeMap<>();
        read("/schemas", schemas);
        schemas.forEach((name, bytes) -> files.put(Path.of("schemas").resolve(name), bytes));

        Files.createDirectories(target);
        List<Path> written = new ArrayList<>();
        for (Map.Entry<Path, byte[]> file : files.entrySet()) {
            Path relative = file.getKey();
            byte[] bytes = file.getValue();
            String name = relative.getFileName().toString();
            if (name.endsWith(".yml") || name.endsWith(".md")) {
                String text = new String(bytes, StandardCharsets.UTF_8);
                text = text.replace("{{bestuur}}", ownName);
                if (relative.equals(Path.of("kader.yml")) && (board != null || !example)) {
                    text = BOARD_LINE.matcher(text).replaceFirst(Matcher.quoteReplacement("bestuur: " + yamlString(ownName)));
                }
                bytes = withSchemaPath(relative, text).getBytes(StandardCharsets.UTF_8);
            }
            Path out = target.resolve(relative.toString());
            Files.createDirectories(out.getParent());
            Files.write(out, bytes);
            if (name.endsWith(".sh")) {
                out.toFile().setExecutable(true, false);
            }
            written.add(relative);
        }
        return written;
    }

    /** A YAML file's schema line, pointing at {@code schemas/} at the root of the new folder. */
    private static String withSchemaPath(Path relative, String text) {
        if (!text.startsWith(SCHEMA_LINE)) {
            return text;
        }
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        String schema = line.substring(line.lastIndexOf('/') + 1).strip();
        Path folder = relative.getParent() == null ? Path.of("") : relative.getParent();
        String path = folder.relativize(Path.of("schemas", schema)).toString().replace('\\', '/');
        return SCHEMA_LINE + path + (end < 0 ? "" : text.substring(end));
    }

    /** The example's board, as its kader.yml names it (for the README). */
    private static String exampleBoard(byte[] kader) {
        Matcher m = BOARD_LINE.matcher(new String(kader, StandardCharsets.UTF_8));
        return m.find() ? m.group().substring("bestuur:".length()).strip().replaceAll("^\"|\"$", "") : DEFAULT_BOARD;
    }

    /** A YAML scalar in double quotes. */
    static String yamlString(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void read(String folder, Map<Path, byte[]> into) throws IOException {
        URL url = NewRepository.class.getResource(folder);
        if (url == null) {
            throw new IllegalStateException("de map " + folder + " ontbreekt in vplan zelf");
        }
        URI uri;
        try {
            uri = url.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        if (uri.getScheme().equals("jar")) {
            FileSystem jar;
            boolean opened = false;
            try {
                jar = FileSystems.newFileSystem(uri, Map.of());
                opened = true;
            } catch (FileSystemAlreadyExistsException e) {
                jar = FileSystems.getFileSystem(uri);
            }
            try {
                copy(jar.getPath(folder), into);
            } finally {
                if (opened) {
                    jar.close();
                }
            }
        } else {
            copy(Path.of(uri), into);
        }
    }

    private static void copy(Path root, Map<Path, byte[]> into) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                Path relative = Path.of("");
                for (Path part : root.relativize(file)) {
                    String name = part.toString();
                    relative = relative.resolve(name.startsWith("dot-") ? "." + name.substring(4) : name);
                }
                try (InputStream in = Files.newInputStream(file)) {
                    into.put(relative, in.readAllBytes());
                }
            } 
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
