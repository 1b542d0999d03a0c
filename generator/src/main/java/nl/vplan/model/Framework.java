package nl.vplan.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** The board's framework as loaded from {@code kader.yml} and {@code velden.yml}; immutable. */
public record Framework(
        Path contentRoot,
        String bestuur,
        List<Document> documents,
        Map<String, Field> fields,
        Map<String, Choice> choices) {
}
