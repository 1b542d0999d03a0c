package nl.vplan.serve;

import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.vplan.model.Html;
import nl.vplan.model.Problem;

/**
 * The page the preview shows for a path it has no good version of while the content has errors
 * (a server started on broken content): the Dutch problems with their places, instead of "Niet
 * gevonden". With the bar added, it reloads into the real page as soon as the content is fixed.
 */
final class ErrorPage {

    private ErrorPage() {
    }

    static byte[] of(List<Problem> problems) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>Fouten in de inhoud</title>\n</head>\n<body>\n<main>\n<h1>Fouten in de inhoud</h1>\n"
                + "<p>Deze pagina verschijnt zodra de fouten zijn opgelost; na elke opslag wordt opnieuw gekeken.</p>\n<ul>\n");
        problems.stream().filter(Problem::isError).forEach(p -> html.append("<li><code>").append(Html.escape(p.where().display()))
                .append("</code>: ").append(Html.escape(p.message())).append("</li>\n"));
        html.append("</ul>\n</main>\n</body>\n</html>\n");
        return html.toString().getBytes(StandardCharsets.UTF_8);
    }
}
