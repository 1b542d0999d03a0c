package nl.vplan.convert;

import java.util.regex.Pattern;

/**
 * The placeholder the {@code taken::} and {@code formulier::} block macros leave in converted HTML.
 * The compose stage renders the task table or form from the framework in its place.
 */
public final class BlockMarker {

    /** Matches a marker; group 1 is the kind ({@code taken} or {@code formulier}), group 2 the id. */
    public static final Pattern PATTERN = Pattern.compile("<div class=\"vplan-blok\" data-soort=\"([a-z]+)\" data-id=\"([^\"<>]*)\"></div>");

    private BlockMarker() {
    }

    public static String of(String kind, String id) {
        return "<div class=\"vplan-blok\" data-soort=\"" + kind + "\" data-id=\"" + id.replaceAll("[^A-Za-z0-9._-]", "_") + "\"></div>";
    }
}
