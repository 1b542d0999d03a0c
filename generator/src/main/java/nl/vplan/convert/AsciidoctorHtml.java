package nl.vplan.convert;

import java.util.regex.Pattern;

/**
 * Asciidoctor's fixed bits of output brought in line with the rest of the site: an apostrophe
 * inside a word stays straight (Asciidoctor makes "BHV'ers" typographic, while values, labels and
 * the templates keep the straight one, so a page would mix both), and the footnote link's English
 * tooltip becomes Dutch. Applied to every conversion's HTML before anything else reads it.
 */
final class AsciidoctorHtml {

    /** Asciidoctor's replacement of {@code '} between a letter or digit and a letter. */
    private static final Pattern WORD_APOSTROPHE = Pattern.compile("(?<=[\\p{L}\\p{N}])(?:&#8217;|\u2019)(?=\\p{L})");

    private AsciidoctorHtml() {
    }

    static String tidy(String html) {
        if (html == null) {
            return null;
        }
        return WORD_APOSTROPHE.matcher(html).replaceAll("'")
                .replace("title=\"View footnote.\"", "title=\"Naar de voetnoot\"");
    }
}
