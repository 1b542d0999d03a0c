package nl.vplan.compose;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/** Plain text of a short HTML fragment such as a converted title, for page titles and the JSON report. */
final class TextOf {

    private TextOf() {
    }

    static String html(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select(".invul-hint").remove();
        return body.text();
    }
}
