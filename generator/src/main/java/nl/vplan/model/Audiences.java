package nl.vplan.model;

import java.util.Arrays;
import java.util.List;

/** The audiences named in {@code [doelgroep=…]} (used by check, convert and compose alike). */
public final class Audiences {

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
}
