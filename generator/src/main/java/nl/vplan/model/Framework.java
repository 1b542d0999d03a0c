package nl.vplan.model;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The board's framework as loaded from {@code kader.yml}, {@code velden.yml}, {@code taken/} and
 * {@code formulieren/}; immutable. {@code fields} and {@code choices} keep the order of their files (the catalogue
 * order); {@code rules} are the board's domain rules ({@code regels}); {@code holidays} the school
 * holidays of {@code vakanties.yml}, which the yearly calendar plans around.
 */
public record Framework(
        Path contentRoot,
        String bestuur,
        List<Document> documents,
        Map<String, Field> fields,
        Map<String, Choice> choices,
        Map<String, TaskList> tasks,
        Map<String, Form> forms,
        Rules rules,
        SchoolHolidays holidays) {

    /** A framework without school holidays. */
    public Framework(Path contentRoot, String bestuur, List<Document> documents, Map<String, Field> fields,
            Map<String, Choice> choices, Map<String, TaskList> tasks, Map<String, Form> forms, Rules rules) {
        this(contentRoot, bestuur, documents, fields, choices, tasks, forms, rules, SchoolHolidays.none(SourceRef.of(contentRoot)));
    }
}
