package nl.vplan.model;

import java.util.List;

/** The tasks of one {@code taken/<id>.yml}, shown by {@code taken::<id>[]} and in the yearly calendar. */
public record TaskList(String id, List<Task> tasks, SourceRef where) {
}
