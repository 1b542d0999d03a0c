package nl.vplan.compose;

import java.util.ArrayList;
import java.util.List;
import nl.vplan.model.Html;

/**
 * The items of a document's sidebar ({@code <li>}s for {@code layout.sidebar}), made once per school
 * and document: every page of the document shows the same list with only its own part marked.
 * Rendering the list in the template for each page anew cost about a tenth of a board's build.
 */
final class SidebarItems {

    private final List<String> items = new ArrayList<>();
    /** Per part, its item and its item marked as the page shown. */
    private final List<Integer> partItems = new ArrayList<>();
    private final List<String> marked = new ArrayList<>();

    /** @param nav the document's parts in order, and lines without a page (another edition's parts) among them */
    SidebarItems(List<Views.Link> nav) {
        for (Views.Link item : nav) {
            if (item.href().isEmpty()) {
                items.add("<li class=\"elders\">" + item.titleHtml() + "</li>\n");
                continue;
            }
            String inner = (item.number().isEmpty() ? "" : "<span class=\"nummer\">" + Html.escape(item.number()) + "</span> ")
                    + item.titleHtml() + "</a></li>\n";
            String href = Html.escape(item.href());
            partItems.add(items.size());
            items.add("<li><a href=\"" + href + "\">" + inner);
            marked.add("<li class=\"huidig\"><a href=\"" + href + "\" aria-current=\"page\">" + inner);
        }
    }

    /** The items as HTML, part {@code part} (in document order) marked as the page shown; -1 marks none. */
    String html(int part) {
        int at = part < 0 ? -1 : partItems.get(part);
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            html.append(i == at ? marked.get(part) : items.get(i));
        }
        return html.toString();
    }
}
