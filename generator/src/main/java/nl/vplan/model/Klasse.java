package nl.vplan.model;

import java.util.Locale;
import java.util.Optional;

/** The information class of a field or block: who may see it (openbaar < intern < vertrouwelijk). */
public enum Klasse {
    OPENBAAR, INTERN, VERTROUWELIJK;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when something of this class belongs in {@code edition} (openbaar < intern < vertrouwelijk). */
    public boolean within(Klasse edition) {
        return ordinal() <= edition.ordinal();
    }

    /** "de interne versie": the edition where something of this class can be read. */
    public String edition() {
        return switch (this) {
            case OPENBAAR -> "de openbare versie";
            case INTERN -> "de interne versie";
            case VERTROUWELIJK -> "de vertrouwelijke versie";
        };
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
