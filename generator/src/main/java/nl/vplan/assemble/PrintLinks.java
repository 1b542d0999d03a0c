package nl.vplan.assemble;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns the site's links between pages into links inside the handbook: {@code pestprotocol.html#x}
 * goes to {@code #x}, or to the part's start ({@code #deel-pestprotocol}); a protocol card page goes
 * to its part. A relative link to anything the handbook does not hold keeps only its text.
 */
final class PrintLinks {

    private static final Pattern PAGE = Pattern.compile("([a-z0-9][a-z0-9-]*?)(-kaart)?\\.html(?:#(.*))?");

    private PrintLinks() {
    }

    static void internal(Document handbook, Set<String> partIds) {
        for (Element link : handbook.select("a[href]")) {
            String href = link.attr("href");
            if (href.startsWith("#") || href.matches("(?i)(https?|mailto|tel):.*")) {
                continue;
            }
            Matcher page = PAGE.matcher(href);
            if (page.matches() && partIds.contains(page.group(1))) {
                String fragment = page.group(3);
                boolean anchored = page.group(2) == null && fragment != null && handbook.getElementById(fragment) != null;
                link.attr("href", anchored ? "#" + fragment : "#deel-" + page.group(1));
            } else {
                link.unwrap();
            }
        }
    }
}
