package nl.vplan.model;

import java.util.List;

/**
 * A recurring safety task from {@code taken/<list>.yml}.
 *
 * @param wie        a field id naming the responsible person (shown as that fill-in) or a role in words
 * @param frequentie one of {@link #FREQUENCIES}
 * @param wanneer    when in the school year, usually a month name
 * @param grondslag  the law or board policy the task rests on
 */
public record Task(String id, String wat, String wie, String frequentie, String wanneer, String grondslag, SourceRef where) {

    public static final List<String> FREQUENCIES = List.of(
            "wekelijks", "maandelijks", "per kwartaal", "jaarlijks", "elke 2 jaar", "elke 4 jaar",
            "begin schooljaar", "na elke vakantie");
}
