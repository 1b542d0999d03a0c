package nl.vplan.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The blocks of a part's page as a reader reads them: the text in {@code main .tekst} (and the note
 * of an open or attached slot), one block per heading, paragraph, list item, table cell, term and
 * description. A block's text leaves out the blocks inside it (a list in a list item is its own blocks).
 */
public final class PageBlocks {

    private static final Set<String> BLOCKS = Set.of("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td", "th", "dt", "dd",
            "pre", "caption", "figcaption", "legend", "label");
    /** Screen-only parts of a page that are no text of the plan. */
    private static final String SKIP = "script, style, .invul-hint, .visually-hidden, .sr-only, button";

    private PageBlocks() {
    }

    /** The blocks of a part page's HTML. */
    public static List<Block> of(String pageHtml) {
        Element main = Jsoup.parse(pageHtml).selectFirst("main");
        List<Block> blocks = new ArrayList<>();
        if (main == null) {
            return blocks;
        }
        main.select(SKIP).remove();
        for (Element part : main.select(".schoolonderdeel-open, .schoolbijlage, .tekst")) {
            collect(part, blocks);
        }
        return blocks;
    }

    private static void collect(Element element, List<Block> blocks) {
        for (Element child : element.children()) {
            if (BLOCKS.contains(child.tagName()) && !labelOfItem(child)) {
                String text = ownText(child);
                if (!text.isEmpty()) {
                    blocks.add(block(child, text));
                }
            }
            collect(child, blocks);
        }
    }

    /** A checkbox's label in a checklist item reads as part of that item. */
    private static boolean labelOfItem(Element element) {
        return element.tagName().equals("label") && element.closest("li") != null;
    }

    private static Block block(Element element, String text) {
        String tag = element.tagName();
        Element parent = element.parent();
        if (tag.equals("p") && parent != null && parent.tagName().matches("li|td|th|dd|dt")) {
            tag = parent.tagName(); // Asciidoctor wraps the text of an item or a cell in a paragraph
        }
        if (tag.matches("h[1-6]")) {
            return new Block(Block.Kind.HEADING, tag.charAt(1) - '0', text);
        }
        return new Block(switch (tag) {
            case "p" -> Block.Kind.PARAGRAPH;
            case "li" -> Block.Kind.ITEM;
            case "td", "th" -> Block.Kind.CELL;
            case "dt" -> Block.Kind.TERM;
            default -> Block.Kind.OTHER;
        }, 0, text);
    }

    /** The element's text without the text of the blocks inside it. */
    private static String ownText(Element element) {
        StringBuilder text = new StringBuilder();
        appendText(element, text);
        return text.toString().replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    private static void appendText(Element element, StringBuilder text) {
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode t) {
                text.append(t.getWholeText());
            } else if (node instanceof Element child) {
                if (BLOCKS.contains(child.tagName()) && !labelOfItem(child) || child.tagName().matches("ul|ol|dl|table|div")) {
                    text.append(' ');
                    continue;
                }
                if (child.tagName().equals("br")) {
                    text.append(' ');
                } else if (child.tagName().equals("input") && child.attr("type").equals("checkbox")) {
                    text.append(child.hasAttr("checked") ? "☑ " : "☐ ");
                }
                appendText(child, text);
            }
        }
    }
}
