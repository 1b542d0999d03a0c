package nl.vplan.model;

import java.util.List;
import java.util.Set;

/**
 * A recurring safety task from {@code taken/<list>.yml}.
 *
 * @param wie        a field id naming the responsible person (shown as that fill-in) or a role in words
 * @param frequentie one of {@link TaskMonths#FREQUENCIES}
 * @param wanneer    when in the school year, usually a month name
 * @param grondslag  the law or board policy the task rests on
 * @param vanaf      a date field of the school the interval counts from ({@code rie.datum}), or empty
 * @param als        condition names ({@code keuze-<choice>-<option>}, {@code onderdeel-<part>}) that must all hold
 * @param nietAls    condition names of which none may hold
 */
public record Task(String id, String wat, String wie, String frequentie, String wanneer, String grondslag,
        String vanaf, List<String> als, List<String> nietAls, SourceRef where) {

    /** A task without a date field or conditions. */
    public Task(String id, String wat, String wie, String frequentie, String wanneer, String grondslag, SourceRef where) {
        this(id, wat, wie, frequentie, wanneer, grondslag, "", List.of(), List.of(), where);
    }

    /** Whether the task applies to a school whose plan has these condition attributes. */
    public boolean appliesTo(Set<String> attributes) {
        return attributes.containsAll(als) && nietAls.stream().noneMatch(attributes::contains);
    }
}
