package nl.vplan.compose;

import java.util.ArrayList;
import java.util.List;
import nl.vplan.model.Html;

/**
 * The items of a document's sidebar ({@code <li>}s for {@code layout.sidebar}), made once per school
 * and document: every page of the document shows the same list with only its own item marked.
 * Rendering the list in the template for each page anew cost about a tenth of a board's build.
 */
final class SidebarItems {

    private final List<String> plain = new ArrayList<>();
    private final List<String> current = new ArrayList<>();

    /** @param nav the document's parts in order, lines without a page (another edition's parts) among them */
    SidebarItems(List<Views.Link> nav) {
        for (Views.Link item : nav) {
            if (item.href().isEmpty()) {
                plain.add("<li class=\"elders\">" + item.titleHtml() + "</li>\n");
                current.add(null);
            } else {
                String inner = (item.number().isEmpty() ? "" : "<span class=\"nummer\">" + Html.escape(item.number()) + "</span> ")
                        + item.titleHtml() + "</a></li>\n";
                String href = Html.escape(item.href());
                plain.add("<li><a href=\"" + href + "\">" + inner);
                current.add("<li class=\"huidig\"><a href=\"" + href + "\" aria-current=\"page\">" + inner);
            }
        }
    }

    /** The items as HTML, with the {@code at}-th line of {@code nav} marked as the page shown (-1: none). */
    String html(int at) {
        StringBuilder html = new StringBuilder();
        for (int i = 0; i < plain.size(); i++) {
            html.append(i == at ? current.get(i) : plain.get(i));
        }
        return html.toString();
    }
}
