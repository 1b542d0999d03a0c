package nl.vplan.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The audiences named in {@code [doelgroep=…]} and how their output is named: the page
 * {@code <document>/voor-<audience>.html} and the handbook {@code <document>-voor-<audience>}
 * (used by check, convert, compose and the preview alike).
 */
public final class Audiences {

    private static final Pattern PAGE = Pattern.compile("voor-([a-z0-9][a-z0-9-]*)\\.html");

    private Audiences() {
    }

    /** The audience ids of an attribute value such as {@code "medewerkers, ouders"}. */
    public static List<String> parse(String value) {
        return Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** "Voor leerlingen", "Voor medewerkers en ouders", "Voor medewerkers, leerlingen en ouders". */
    public static String label(List<String> audiences) {
        if (audiences.size() <= 1) {
            return "Voor " + String.join("", audiences);
        }
        return "Voor " + String.join(", ", audiences.subList(0, audiences.size() - 1)) + " en " + audiences.get(audiences.size() - 1);
    }

    /** "Leerlingen" for {@code leerlingen}. */
    public static String name(String audience) {
        return audience.isEmpty() ? audience : Character.toUpperCase(audience.charAt(0)) + audience.substring(1);
    }

    /** The audience's page in its document's folder: {@code voor-leerlingen.html}. */
    public static String page(String audience) {
        return "voor-" + audience + ".html";
    }

    /** The audience a page name such as {@code voor-leerlingen.html} is for, if it is an audience page. */
    public static Optional<String> ofPage(String page) {
        Matcher m = PAGE.matcher(page);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The id of the audience's handbook, which is also its PDF's name: {@code gedragscode-ict-voor-leerlingen}. */
    public static String handbookId(String documentId, String audience) {
        return documentId + "-voor-" + audience;
    }
}
