package nl.vplan.convert;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Marks where a link to another page or file starts and ends ({@code <<pestprotocol.adoc#stappen,…>>}
 * becomes {@code <a href="pestprotocol.html#stappen">}): on the site it stays that link, in the
 * handbook it goes to the same place inside the handbook, or keeps only its words when the handbook
 * does not hold the target. Links within the page ({@code #…}) and to the web stay as they are.
 */
final class PageLinks {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:.*");

    private PageLinks() {
    }

    /** Puts start and end markers in place of every plain link to another page in {@code body}; true if there was one. */
    static boolean mark(Element body) {
        boolean changed = false;
        for (Element link : List.copyOf(body.select("a[href]"))) {
            String href = link.attr("href");
            if (link.attributesSize() != 1 || href.isEmpty() || href.startsWith("#") || href.startsWith("/")
                    || SCHEME.matcher(href).matches()) {
                continue;
            }
            link.before(new Element("span").addClass("vplan-link").attr("data-href", href));
            link.after(new Element("span").addClass("vplan-link-einde"));
            link.unwrap();
            changed = true;
        }
        return changed;
    }
}
