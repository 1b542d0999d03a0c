package nl.vplan.assemble;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes the site's interactive HTML printable: checkboxes become drawn boxes (☐ or ☑ by their
 * state in the text), form fields become lines and boxes to fill in by hand, buttons disappear.
 */
final class PrintForm {

    private PrintForm() {
    }

    static void apply(Document page) {
        page.select("script, button, .checklist-balk, .formulier-knoppen").remove();
        for (Element box : page.select("input[type=checkbox]")) {
            box.replaceWith(new Element("span").addClass("vakje").text(box.hasAttr("checked") ? "\u2611" : "\u2610"));
        }
        for (Element radio : page.select("input[type=radio]")) {
            radio.replaceWith(new Element("span").addClass("vakje").text("\u25CB"));
        }
        for (Element field : page.select("input")) {
            String value = field.attr("value");
            field.replaceWith(new Element("span").addClass(field.hasClass("handtekening") ? "lijn handtekening" : "lijn")
                    .text(value.isEmpty() ? "\u00A0" : value));
        }
        for (Element area : page.select("textarea")) {
            area.replaceWith(new Element("div").addClass("schrijfvak").text(area.text().isEmpty() ? "\u00A0" : area.text()));
        }
        for (Element form : page.select("form")) {
            form.tagName("div");
            form.removeAttr("aria-labelledby");
        }
    }
}
