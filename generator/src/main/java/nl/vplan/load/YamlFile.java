package nl.vplan.load;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.vplan.model.Problem;
import nl.vplan.model.SourceRef;

/**
 * A parsed YAML file that still knows the line of every node. Jackson's tree drops locations, so
 * the file is read once as a token stream that notes the line of each JSON pointer and keeps the
 * tokens, and the tree is built from those.
 */
final class YamlFile {

    private static final ObjectMapper MAPPER = new ObjectMapper(YAMLFactory.builder().build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final Path file;
    private final JsonNode root;
    private final Map<String, SourceRef> places;

    private YamlFile(Path file, JsonNode root, Map<String, SourceRef> places) {
        this.file = file;
        this.root = root;
        this.places = places;
    }

    /** Reads {@code file}; on a syntax error adds a Dutch problem with the line and returns empty. */
    static Optional<YamlFile> read(Path contentRoot, Path file, List<Problem> problems) {
        Optional<String> read = TextFiles.read(contentRoot, file, problems);
        if (read.isEmpty()) {
            return Optional.empty();
        }
        return parse(file, read.get(), problems);
    }

    /** Parses {@code text} as if it were the content of {@code file}. */
    static Optional<YamlFile> parse(Path file, String text, List<Problem> problems) {
        try (JsonParser parser = MAPPER.createParser(text)) {
            // one pass over the YAML: each token's place is noted, and the token kept to build the tree from
            Map<String, SourceRef> places = new HashMap<>();
            TokenBuffer tokens = new TokenBuffer(parser);
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token != JsonToken.END_OBJECT && token != JsonToken.END_ARRAY) {
                    String pointer = parser.getParsingContext().pathAsPointer().toString();
                    var at = parser.currentTokenLocation();
                    places.putIfAbsent(pointer, new SourceRef(file, at.getLineNr(), Math.max(0, at.getColumnNr())));
                }
                tokens.copyCurrentEvent(parser);
            }
            JsonNode root = MAPPER.readTree(tokens.asParser(MAPPER));
            if (root == null || root.isMissingNode() || root.isNull()) {
                problems.add(Problem.error(SourceRef.of(file), "het bestand is leeg"));
                return Optional.empty();
            }
            return Optional.of(new YamlFile(file, root, places));
        } catch (JsonProcessingException e) {
            problems.add(Problem.error(place(file, text, e), "YAML-fout: " + YamlMessages.dutch(e)));
            return Optional.empty();
        } catch (IOException e) {
            throw new IllegalStateException("reading from a string cannot fail", e);
        }
    }

    /**
     * Where a syntax error is. The parser places a tab at the end of the line before it, and a too
     * deep nesting nowhere: those two are looked up in the text.
     */
    private static SourceRef place(Path file, String text, JsonProcessingException e) {
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        int column = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getColumnNr());
        if (YamlMessages.isTab(e)) {
            List<String> lines = text.lines().toList();
            for (int i = Math.max(0, line - 1); i < lines.size(); i++) {
                String l = lines.get(i);
                int indent = 0;
                while (indent < l.length() && (l.charAt(indent) == ' ' || l.charAt(indent) == '\t')) {
                    indent++;
                }
                int tab = l.substring(0, indent).indexOf('\t');
                if (tab >= 0) {
                    return new SourceRef(file, i + 1, tab + 1);
                }
            }
        }
        if (e instanceof com.fasterxml.jackson.core.exc.StreamConstraintsException) {
            try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
                try {
                    while (parser.nextToken() != null) {
                        // up to the token that goes too deep
                    }
                } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException deep) {
                    var at = parser.currentLocation();
                    return new SourceRef(file, at.getLineNr(), Math.max(0, at.getColumnNr()));
                }
            } catch (IOException other) {
                // the place stays unknown
            }
        }
        return new SourceRef(file, line, column);
    }

    Path file() {
        return file;
    }

    JsonNode root() {
        return root;
    }

    /** The place of the node at a JSON pointer such as {@code /documenten/0/onderdelen/2}; falls back to its parent. */
    SourceRef at(String pointer) {
        String p = pointer;
        while (true) {
            SourceRef place = places.get(p);
            if (place != null) {
                return place;
            }
            int cut = p.lastIndexOf('/');
            if (cut <= 0) {
                return places.getOrDefault("", new SourceRef(file, 1, 1));
            }
            p = p.substring(0, cut);
        }
    }

    /** Escapes one key for use in a JSON pointer. */
    static String key(String name) {
        return "/" + name.replace("~", "~0").replace("/", "~1");
    }
}
