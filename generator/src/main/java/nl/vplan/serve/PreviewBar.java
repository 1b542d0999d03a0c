package nl.vplan.serve;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import nl.vplan.model.Html;
import nl.vplan.model.Klasse;

/**
 * The bar the preview adds to every page: switch school and edition, open the completeness page,
 * and the overlay that shows content errors. Its script keeps the page in step with the files.
 */
final class PreviewBar {

    static final String ASSETS = "/_vplan/voorbeeld/";

    private PreviewBar() {
    }

    /** The page with the bar inserted before {@code </body>}. */
    static byte[] inject(byte[] page, String currentSchool, String document, Klasse edition, Map<String, String> schools,
                         long version) {
        String html = new String(page, StandardCharsets.UTF_8);
        int end = html.lastIndexOf("</body>");
        if (end < 0) {
            return page;
        }
        StringBuilder bar = new StringBuilder();
        bar.append("<div id=\"vplan-voorbeeld\" class=\"vplan-voorbeeld\" data-versie=\"").append(version)
                .append("\" data-editie=\"").append(edition.id()).append("\">\n");
        bar.append("<strong>Voorbeeld</strong>\n<label>School <select id=\"vplan-school\">");
        if (currentSchool.isEmpty()) {
            bar.append("<option value=\"\" selected>Alle scholen</option>");
        }
        schools.forEach((id, naam) -> bar.append("<option value=\"").append(Html.escape(id)).append('"')
                .append(id.equals(currentSchool) ? " selected" : "").append('>').append(Html.escape(naam)).append("</option>"));
        bar.append("</select></label>\n<label>Editie <select id=\"vplan-editie\">");
        for (Klasse k : Klasse.values()) {
            bar.append("<option value=\"").append(k.id()).append('"').append(k == edition ? " selected" : "")
                    .append('>').append(k.id()).append("</option>");
        }
        bar.append("</select></label>\n");
        if (!currentSchool.isEmpty()) {
            bar.append("<a href=\"/").append(Html.escape(currentSchool)).append("/volledigheid.html\">Volledigheid</a>\n");
            if (!document.isEmpty()) {
                bar.append("<a id=\"vplan-pdf\" href=\"").append(PreviewServer.PDF).append(Html.escape(currentSchool)).append('/')
                        .append(Html.escape(document)).append(".pdf\">PDF</a>\n");
            }
        }
        bar.append("<span id=\"vplan-status\" role=\"status\"></span>\n</div>\n");
        bar.append("<div id=\"vplan-fouten\" class=\"vplan-fouten\" role=\"alert\" hidden></div>\n");
        bar.append("<link rel=\"stylesheet\" href=\"").append(ASSETS).append("preview.css\">\n");
        bar.append("<script src=\"").append(ASSETS).append("preview.js\"></script>\n");
        return (html.substring(0, end) + bar + html.substring(end)).getBytes(StandardCharsets.UTF_8);
    }
}
