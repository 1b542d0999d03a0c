package nl.vplan.convert;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * A school's own texts ({@code scholen/<id>/aanvullingen/}) are written by schools, not by the board,
 * and so are not trusted to put HTML in the site. {@code check} refuses passthrough, raw HTML and
 * script links in them; this is the second line, in case a text reaches conversion anyway (the
 * preview, a bypassed check): whatever Asciidoctor made of it loses every element and attribute that
 * can run script or load something from elsewhere.
 */
final class SchoolTexts {

    /** Elements that run, embed or restyle the page; none of them is made by Asciidoctor from plain AsciiDoc. */
    private static final Set<String> DANGEROUS = Set.of("script", "style", "iframe", "frame", "frameset", "object",
            "embed", "applet", "link", "meta", "base", "form", "input", "button", "textarea", "select", "svg", "math",
            "template", "noscript", "audio", "video", "source", "track", "portal");
    private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "srcset",
            "poster", "background", "data", "codebase", "ping");
    /** Schemes that run script or smuggle a document in; control characters and spaces are ignored by browsers in them. */
    private static final Pattern BAD_SCHEME = Pattern.compile("^(javascript|vbscript|data):");
    private static final Pattern IGNORED_BY_BROWSERS = Pattern.compile("[\\x00-\\x20]");

    private SchoolTexts() {
    }

    /** Whether {@code file} is a school's text (under {@code scholen/} of the content folder). */
    static boolean isSchoolText(Path contentRoot, Path file) {
        Path relative = contentRoot.relativize(file.toAbsolutePath().normalize());
        return relative.getNameCount() > 1 && relative.getName(0).toString().equals("scholen");
    }

    /** {@code html} without script, event handlers, script links or embedded elements; unchanged when it had none. */
    static String inert(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        boolean changed = false;
        for (Element element : body.getAllElements()) {
            if (element != body && DANGEROUS.contains(element.normalName())) {
                element.remove();
                changed = true;
                continue;
            }
            for (Attribute attribute : element.attributes().asList()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on") || URL_ATTRIBUTES.contains(name) && runs(attribute.getValue())) {
                    element.removeAttr(attribute.getKey());
                    changed = true;
                }
            }
        }
        if (!changed) {
            return html;
        }
        body.ownerDocument().outputSettings().prettyPrint(false);
        return body.html();
    }

    private static boolean runs(String url) {
        String plain = IGNORED_BY_BROWSERS.matcher(url).replaceAll("").toLowerCase(Locale.ROOT);
        return BAD_SCHEME.matcher(plain).find();
    }
}
