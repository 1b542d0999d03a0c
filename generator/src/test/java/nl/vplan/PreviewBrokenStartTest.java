package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import nl.vplan.compose.SiteTemplates;
import nl.vplan.pipeline.Stages;
import nl.vplan.serve.PreviewServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A preview started on broken content shows the Dutch problems on every page, and the real pages once they are fixed. */
class PreviewBrokenStartTest {

    @TempDir
    Path temp;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void everyPageShowsTheProblemsUntilTheContentIsFixed() throws Exception {
        Path content = temp.resolve("content");
        Site.write(content, "kader.yml", "bestuur: Stichting Proef\ndocumenten:\n  - id: plan\n    titel: Plan\n    onderdelen: [hoofdstukken/een.adoc]\n");
        Site.write(content, "velden.yml", "directeur.naam: {label: Naam directeur}\n");
        Site.write(content, "hoofdstukken/een.adoc", "= Een\n\nDe directeur is invul:directeur.naam[].\n");
        Site.write(content, "scholen/proef/school.yml", "naam: Proefschool\nvelden:\n  directeur.nam: <b>A. Proef</b>\n");
        try (PreviewServer server = new PreviewServer(content, List.of(content), new Stages(Cli::engine, SiteTemplates.embedded()))) {
            int port = server.start(0);
            for (String path : List.of("/", "/proef/", "/proef/plan/een.html")) {
                HttpResponse<String> page = get(port, path);
                assertThat(page.statusCode()).as(path).isEqualTo(503);
                Document html = Jsoup.parse(page.body());
                assertThat(html.select("h1").text()).isEqualTo("Fouten in de inhoud");
                assertThat(html.select("li").text()).contains("school.yml:3").contains("onbekend veld 'directeur.nam'");
                assertThat(html.getElementById("vplan-voorbeeld")).as("the bar that reloads the page").isNotNull();
            }
            assertThat(get(port, "/proef/plan/logo.png").statusCode()).isEqualTo(404);

            Site.write(content, "scholen/proef/school.yml", "naam: Proefschool\nvelden:\n  directeur.naam: A. Proef\n");
            long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            HttpResponse<String> fixed = get(port, "/proef/plan/een.html");
            while (fixed.statusCode() != 200 && System.nanoTime() < end) {
                Thread.sleep(200);
                fixed = get(port, "/proef/plan/een.html");
            }
            assertThat(fixed.statusCode()).isEqualTo(200);
            assertThat(fixed.body()).contains("A. Proef");
        }
    }

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
