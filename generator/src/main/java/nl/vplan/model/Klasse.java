package nl.vplan.model;

import java.util.Locale;
import java.util.Optional;

/** The information class of a field or block: who may see it (openbaar < intern < vertrouwelijk). */
public enum Klasse {
    OPENBAAR, INTERN, VERTROUWELIJK;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Klasse> parse(String text) {
        for (Klasse k : values()) {
            if (k.id().equals(text)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
