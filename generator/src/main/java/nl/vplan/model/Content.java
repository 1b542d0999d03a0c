package nl.vplan.model;

import java.util.List;

/** What the load stage hands on: the framework and the schools (in id order). */
public record Content(Framework framework, List<School> schools) {
}
