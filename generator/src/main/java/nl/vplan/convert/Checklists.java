package nl.vplan.convert;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Turns Asciidoctor's checklists ({@code * [ ] …}, drawn as ❏ and ✓) into real checkboxes inside
 * their labels. Each box gets a key made from its own text, so the state a reader keeps in the
 * browser survives rebuilds and items added elsewhere; {@code vplan.js} stores it per school and page.
 */
final class Checklists {

    private static final String UNCHECKED = "\u274F";
    private static final String CHECKED = "\u2713";

    private Checklists() {
    }

    /** Makes every checklist item in {@code body} a labelled checkbox; true when there was one. */
    static boolean makeInteractive(Element body) {
        Map<String, Integer> seen = new HashMap<>();
        boolean changed = false;
        for (Element list : body.select("ul.checklist")) {
            changed = true;
            Element block = list.parent() != null && list.parent().hasClass("checklist") ? list.parent() : list;
            block.attr("data-checklist", "");
            for (Element item : list.children()) {
                Element p = item.selectFirst("> p");
                if (p == null || p.childNodeSize() == 0 || !(p.childNode(0) instanceof TextNode first)) {
                    continue;
                }
                String text = first.getWholeText();
                boolean checked = text.startsWith(CHECKED);
                if (!checked && !text.startsWith(UNCHECKED)) {
                    continue;
                }
                first.text(text.substring(1).stripLeading());
                String key = key(p.text(), seen);
                Element label = new Element("label");
                label.appendChild(checkbox(key, checked));
                label.appendText(" ");
                // one span for the text: the label is a flex row, and a fill-in would otherwise be a
                // flex item of its own that does not wrap with the sentence (too wide on a phone)
                Element words = label.appendElement("span").addClass("checklist-tekst");
                p.childNodes().forEach(n -> words.appendChild(n.clone()));
                p.empty().appendChild(label);
            }
        }
        return changed;
    }

    /** A marker for the checkbox, which compose draws as a box to tick on screen and as ☐/☑ in print. */
    private static Element checkbox(String key, boolean checked) {
        return new Element("span").addClass(Markers.CHECKBOX_CLASS).attr("data-item", key).attr("data-aan", checked ? "ja" : "nee");
    }

    /** A short hash of the item's text; a second item with the same text on the page gets "-2". */
    private static String key(String text, Map<String, Integer> seen) {
        String normalized = text.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalized.getBytes(StandardCharsets.UTF_8));
            String key = HexFormat.of().formatHex(digest, 0, 5);
            int n = seen.merge(key, 1, Integer::sum);
            return n == 1 ? key : key + "-" + n;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
