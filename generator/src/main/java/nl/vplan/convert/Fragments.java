package nl.vplan.convert;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Parsing converted HTML inside the convert stage, with output exactly as Asciidoctor wrote it (no pretty printing). */
final class Fragments {

    private Fragments() {
    }

    /** The body element of {@code html}. */
    static Element parse(String html) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        return doc.body();
    }

    /** A copy of {@code element} in a document of its own, to change without touching the original. */
    static Element detached(Element element) {
        Element body = parse("");
        body.appendChild(element.clone());
        return body.child(0);
    }
}
