package nl.vplan.convert;

import java.util.ArrayDeque;
import java.util.Deque;
import org.jsoup.nodes.Element;

/**
 * Keeps the headings of a page body in an unbroken outline below the page's h1: a heading is at
 * most one level deeper than the heading it falls under. Blocks such as a form bring their own
 * h3/h4 and may stand right under the title; screen-reader users navigate by these levels
 * (WCAG 1.3.1), so a skipped level is moved up, and everything under it with it.
 */
final class HeadingOutline {

    private HeadingOutline() {
    }

    /** Renumbers the headings in {@code body} where a level was skipped below {@code h(parentLevel)}; true when any changed. */
    static boolean fit(Element body, int parentLevel) {
        boolean changed = false;
        Deque<int[]> open = new ArrayDeque<>(); // {original level, new level}
        for (Element h : body.select("h1, h2, h3, h4, h5, h6")) {
            int level = h.tagName().charAt(1) - '0';
            while (!open.isEmpty() && open.peek()[0] >= level) {
                open.pop();
            }
            int fitted = Math.min(level, (open.isEmpty() ? parentLevel : open.peek()[1]) + 1);
            open.push(new int[] {level, fitted});
            if (fitted != level) {
                h.tagName("h" + fitted);
                changed = true;
            }
        }
        return changed;
    }
}
