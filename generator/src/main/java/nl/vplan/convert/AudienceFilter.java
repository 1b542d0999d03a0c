package nl.vplan.convert;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Element;

/**
 * Cuts, from a part's converted HTML, what is written for one audience: the sections and blocks
 * marked for it (without those marked only for others inside them), under the headings of the
 * sections that hold them. Links to anchors left behind go to the full part's page.
 */
final class AudienceFilter {

    private AudienceFilter() {
    }

    /** The audiences some text of {@code body} is marked for. */
    static Set<String> audiences(Element body) {
        Set<String> found = new TreeSet<>();
        for (Element marked : body.select("." + AudienceBlocks.ROLE)) {
            marked.classNames().stream().filter(c -> c.startsWith(AudienceBlocks.ROLE + "-") && !c.equals(AudienceBlocks.LABEL_ROLE))
                    .forEach(c -> found.add(c.substring(AudienceBlocks.ROLE.length() + 1)));
        }
        return found;
    }

    /** A copy of the part's text for {@code audience} (which must be among {@link #audiences}). */
    static Element extract(Element part, String audience, String partPage) {
        String role = "." + AudienceBlocks.ROLE + "-" + audience;
        Element body = Fragments.detached(part);
        keep(body, role);
        body.select("." + AudienceBlocks.LABEL_ROLE).remove();
        for (Element link : body.select("a[href^=#]")) {
            String target = link.attr("href").substring(1);
            if (!target.isEmpty() && body.getElementById(target) == null) {
                link.attr("href", partPage + "#" + target);
            }
        }
        return body;
    }

    /** Keeps, of {@code parent}'s children, what is for the audience and the section headings around it. */
    private static void keep(Element parent, String role) {
        boolean section = parent.className().matches(".*\\bsect\\d\\b.*");
        for (Element child : List.copyOf(parent.children())) {
            if (child.hasClass(AudienceBlocks.ROLE)) {
                if (child.is(role)) {
                    child.select("." + AudienceBlocks.ROLE + ":not(" + role + ")").remove();
                } else {
                    child.remove();
                }
            } else if (section && child.tagName().matches("h[2-6]")) {
                continue;
            } else if (child.selectFirst(role) != null) {
                keep(child, role);
            } else {
                child.remove();
            }
        }
    }

    /** {@code text} placed one level lower, under the part's own h2 on the audience page; returns the ids it holds. */
    static List<String> nest(Element text) {
        for (Element heading : text.select("h2, h3, h4, h5")) {
            heading.tagName("h" + (Integer.parseInt(heading.tagName().substring(1)) + 1));
        }
        return text.select("[id]").eachAttr("id");
    }
}
