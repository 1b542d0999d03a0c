package nl.vplan.compose;

import java.util.List;
import java.util.Set;
import nl.vplan.convert.AudienceBlocks;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Cuts, from a part's composed HTML, what is written for one audience: the sections and blocks
 * marked for it (without those marked only for others inside them), under the headings of the
 * sections that hold them. Links to anchors left behind go to the full part's page.
 */
final class AudienceFilter {

    private AudienceFilter() {
    }

    /** The part's text for {@code audience}, or "" when the part has nothing for it. */
    static String extract(String bodyHtml, String audience, String partPage) {
        String role = "." + AudienceBlocks.ROLE + "-" + audience;
        Document doc = Jsoup.parseBodyFragment(bodyHtml);
        doc.outputSettings().prettyPrint(false);
        Element body = doc.body();
        if (body.selectFirst(role) == null) {
            return "";
        }
        keep(body, role);
        body.select("." + AudienceBlocks.LABEL_ROLE).remove();
        for (Element link : body.select("a[href^=#]")) {
            String target = link.attr("href").substring(1);
            if (!target.isEmpty() && body.getElementById(target) == null) {
                link.attr("href", partPage + "#" + target);
            }
        }
        return body.html();
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

    /**
     * The part's text placed one level lower, under the part's own h2 on the audience page; an id that
     * an earlier part on the same page already uses gets a suffix, so every id stays unique.
     */
    static String nested(String html, Set<String> usedIds) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element heading : doc.body().select("h2, h3, h4, h5")) {
            heading.tagName("h" + (Integer.parseInt(heading.tagName().substring(1)) + 1));
        }
        for (Element withId : doc.body().select("[id]")) {
            String id = withId.id();
            if (!usedIds.add(id)) {
                int n = 2;
                while (!usedIds.add(id + "-" + n)) {
                    n++;
                }
                withId.id(id + "-" + n);
            }
        }
        return doc.body().html();
    }
}
