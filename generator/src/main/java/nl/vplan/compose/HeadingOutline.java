package nl.vplan.compose;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Keeps the headings of a page body in an unbroken outline below the page's h1: a heading is at
 * most one level deeper than the heading it falls under. Blocks such as a form bring their own
 * h3/h4 and may stand right under the title; screen-reader users navigate by these levels
 * (WCAG 1.3.1), so a skipped level is moved up, and everything under it with it.
 */
final class HeadingOutline {

    private static final Pattern HEADING = Pattern.compile("<h([1-6])[\\s>]");

    private HeadingOutline() {
    }

    /** {@code bodyHtml} with headings renumbered where a level was skipped below {@code h(parentLevel)}. */
    static String fit(String bodyHtml, int parentLevel) {
        if (!skipsALevel(bodyHtml, parentLevel)) {
            return bodyHtml;
        }
        Document doc = Jsoup.parseBodyFragment(bodyHtml);
        doc.outputSettings().prettyPrint(false);
        Deque<int[]> open = new ArrayDeque<>(); // {original level, new level}
        for (Element h : doc.body().select("h1, h2, h3, h4, h5, h6")) {
            int level = h.tagName().charAt(1) - '0';
            while (!open.isEmpty() && open.peek()[0] >= level) {
                open.pop();
            }
            int fitted = Math.min(level, (open.isEmpty() ? parentLevel : open.peek()[1]) + 1);
            open.push(new int[] {level, fitted});
            if (fitted != level) {
                h.tagName("h" + fitted);
            }
        }
        return doc.body().html();
    }

    private static boolean skipsALevel(String html, int parentLevel) {
        Matcher m = HEADING.matcher(html);
        int previous = parentLevel;
        while (m.find()) {
            int level = m.group(1).charAt(0) - '0';
            if (level > previous + 1) {
                return true;
            }
            previous = level;
        }
        return false;
    }
}
