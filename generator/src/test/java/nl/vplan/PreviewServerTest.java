package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import nl.vplan.compose.SiteTemplates;
import nl.vplan.pipeline.Stages;
import nl.vplan.serve.PreviewServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The live preview over a temporary copy of content: reloads after a save, shows errors, refuses to leave the site. */
class PreviewServerTest {

    @TempDir
    Path temp;

    Path content;
    PreviewServer server;
    int port;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    private void write(String path, String text) {
        Site.write(content, path, text);
    }

    @BeforeEach
    void start() throws Exception {
        content = temp.resolve("content");
        write("kader.yml", "bestuur: Stichting Proef\ndocumenten:\n  - id: plan\n    titel: Plan\n    onderdelen: [hoofdstukken/een.adoc]\n");
        write("velden.yml", "directeur.naam: {label: Naam directeur}\n");
        write("hoofdstukken/een.adoc", "= Een\n\nDe directeur is invul:directeur.naam[].\n");
        write("scholen/proef/school.yml", "naam: Proefschool\nvelden:\n  directeur.naam: A. Proef\n");
        server = new PreviewServer(content, List.of(content), new Stages(Cli::engine, SiteTemplates.embedded()));
        port = server.start(0);
        http.sendAsync(HttpRequest.newBuilder(uri("/_vplan/gebeurtenissen")).header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> response.body().forEach(line -> {
                    if (line.startsWith("event:") || line.startsWith("data:")) {
                        events.add(line);
                    }
                }));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The next event of the given name, with its data line. */
    private String nextEvent(String name) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < end) {
            String line = events.poll(500, TimeUnit.MILLISECONDS);
            if (line != null && line.equals("event: " + name)) {
                return Optional.ofNullable(events.poll(5, TimeUnit.SECONDS)).orElse("");
            }
        }
        throw new AssertionError("no event " + name);
    }

    @Test
    void aSavedChapterReloadsTheOpenPage() throws Exception {
        assertThat(nextEvent("versie")).isEqualTo("data: 1");
        HttpResponse<String> before = get("/proef/plan/een.html");
        assertThat(before.statusCode()).isEqualTo(200);
        assertThat(before.body()).contains("A. Proef").contains("id=\"vplan-voorbeeld\"").contains("/_vplan/voorbeeld/preview.js");
        assertThat(before.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("default-src 'self'");

        Site.append(content.resolve("hoofdstukken/een.adoc"), "\nNieuwe alinea 4711.\n");

        assertThat(nextEvent("versie")).isEqualTo("data: 2");
        assertThat(get("/proef/plan/een.html").body()).contains("Nieuwe alinea 4711.");
    }

    @Test
    void brokenContentShowsTheErrorAndKeepsTheLastGoodPages() throws Exception {
        nextEvent("versie");
        Path school = content.resolve("scholen/proef/school.yml");
        Files.writeString(school, "naam: Proefschool\nvelden:\n  directeur.nam: A. Proef\n");

        String errors = nextEvent("fouten");
        assertThat(errors).contains(school + ":3").contains("onbekend veld 'directeur.nam'");
        assertThat(get("/proef/plan/een.html").body()).contains("A. Proef");

        Files.writeString(school, "naam: Proefschool\nvelden:\n  directeur.naam: B. Hersteld\n");

        assertThat(nextEvent("versie")).isEqualTo("data: 3");
        assertThat(get("/proef/plan/een.html").body()).contains("B. Hersteld");
    }

    @Test
    void pathsOutsideTheSiteAreNeverServed() throws Exception {
        for (String path : List.of("/../kader.yml", "/%2e%2e/kader.yml", "/proef/%2e%2e/%2e%2e/kader.yml",
                "/proef/..%2f..%2fkader.yml", "//etc/passwd", "/etc/passwd", "/kader.yml", "/scholen/proef/school.yml",
                "/proef/plan/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/_vplan/voorbeeld/..%2f..%2fkader.yml")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/")).uri(URI.create(
                    "http://127.0.0.1:" + port + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isIn(400, 404);
            assertThat(response.body()).as(path).doesNotContain("bestuur").doesNotContain("root:");
        }
        assertThat(get("/proef/plan/bestaat-niet.html").statusCode()).isEqualTo(404);
        assertThat(get("/proef/plan/").statusCode()).isEqualTo(200);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(uri("/proef/")).POST(HttpRequest.BodyPublishers.ofString("x")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void theHandbookIsPrintedInTheBackgroundWhileTheBarSaysBusy() throws Exception {
        assertThat(get("/proef/plan/een.html").body()).contains("href=\"/_vplan/pdf/proef/plan.pdf\"");
        HttpResponse<byte[]> response;
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        do {
            response = http.send(HttpRequest.newBuilder(uri("/_vplan/pdf/proef/plan.pdf")).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 202) {
                assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("bezig");
                Thread.sleep(200);
            }
        } while (response.statusCode() == 202 && System.nanoTime() < end);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(new String(response.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(get("/_vplan/pdf/proef/bestaat-niet.pdf").statusCode()).isEqualTo(404);
    }

    /** The handbook's PDF once printed: polls while the server answers 202. */
    private HttpResponse<byte[]> pdfWhenReady(String path) throws Exception {
        HttpResponse<byte[]> response;
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        do {
            response = http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 202) {
                Thread.sleep(100);
            }
        } while (response.statusCode() == 202 && System.nanoTime() < end);
        return response;
    }

    private int head(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static String text(byte[] pdf) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        }
    }

    @Test
    void aHandbookAskedForIsPrintedAheadAfterAChange() throws Exception {
        assertThat(nextEvent("versie")).isEqualTo("data: 1");
        long start = System.nanoTime();
        HttpResponse<byte[]> first = pdfWhenReady("/_vplan/pdf/proef/plan.pdf");
        long firstPrint = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(text(first.body())).doesNotContain("Vooruit gedrukt 4712");
        assertThat(head("/_vplan/pdf/proef/plan.pdf")).isEqualTo(200);
        assertThat(head("/_vplan/pdf/proef/bestaat-niet.pdf")).isEqualTo(404);

        Site.append(content.resolve("hoofdstukken/een.adoc"), "\nVooruit gedrukt 4712.\n");
        assertThat(nextEvent("versie")).isEqualTo("data: 2");
        // No request for version 2 yet: had the change not started the print, the first request would
        // start it and be answered 202. A warm print takes less than the cold first one.
        Thread.sleep(Math.min(30_000, Math.max(2_000, 3 * firstPrint)));
        HttpResponse<byte[]> ahead = http.send(HttpRequest.newBuilder(uri("/_vplan/pdf/proef/plan.pdf")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(ahead.statusCode()).as("first request after the change (first print took %d ms)", firstPrint).isEqualTo(200);
        assertThat(ahead.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(text(ahead.body())).contains("Vooruit gedrukt 4712.");
    }

    @Test
    void brokenContentPrintsNothingAhead() throws Exception {
        nextEvent("versie");
        assertThat(pdfWhenReady("/_vplan/pdf/proef/plan.pdf").statusCode()).isEqualTo(200);
        Files.writeString(content.resolve("scholen/proef/school.yml"), "naam: Proefschool\nvelden:\n  directeur.nam: A. Proef\n");
        nextEvent("fouten");
        Thread.sleep(2_000);
        // nothing was printed ahead: the first request starts the print of the last good handbook
        HttpResponse<byte[]> asked = http.send(HttpRequest.newBuilder(uri("/_vplan/pdf/proef/plan.pdf")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(asked.statusCode()).isEqualTo(202);
        HttpResponse<byte[]> after = pdfWhenReady("/_vplan/pdf/proef/plan.pdf");
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(text(after.body())).contains("A. Proef");
    }

    @Test
    void anAudiencePageIsPreviewedAndItsBarPrintsThatAudiencesVersion() throws Exception {
        write("kader.yml", "bestuur: Stichting Proef\ndocumenten:\n  - id: plan\n    titel: Plan\n"
                + "    doelgroepen: [leerlingen, ouders]\n    onderdelen: [hoofdstukken/een.adoc]\n");
        write("hoofdstukken/een.adoc", "= Een\n\n[doelgroep=leerlingen]\nLEERLINGREGEL\n\n[doelgroep=ouders]\nOUDERREGEL\n");
        HttpResponse<String> page = get("/proef/plan/voor-leerlingen.html");
        for (long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20); !page.body().contains("LEERLINGREGEL") && System.nanoTime() < end; ) {
            Thread.sleep(100); // the watcher picks the saves up and renders again
            page = get("/proef/plan/voor-leerlingen.html");
        }
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("LEERLINGREGEL").doesNotContain("OUDERREGEL")
                .contains("href=\"/_vplan/pdf/proef/plan-voor-leerlingen.pdf\"");
        assertThat(get("/proef/plan/een.html").body()).contains("href=\"/_vplan/pdf/proef/plan.pdf\"");
    }

    @Test
    void searchAndTheMenuWorkUnderThePreviewsContentSecurityPolicy() throws Exception {
        HttpResponse<String> index = get("/proef/zoekindex.js");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/javascript");
        assertThat(get("/_vplan/lunr.js").body()).contains("lunr");
        var browser = Browser.start();
        try {
            browser.get(uri("/proef/").toString());
            browser.findElement(org.openqa.selenium.By.cssSelector("header input[name=q]")).sendKeys("directeuren", org.openqa.selenium.Keys.ENTER);
            new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(10))
                    .until(d -> !d.findElements(org.openqa.selenium.By.cssSelector("#zoekresultaten li a")).isEmpty());
            assertThat(browser.getCurrentUrl()).endsWith("/proef/zoeken.html?q=directeuren");
            assertThat(browser.findElement(org.openqa.selenium.By.cssSelector("#zoekresultaten li a")).getAttribute("href"))
                    .endsWith("/proef/plan/een.html");
            assertThat(browser.findElement(org.openqa.selenium.By.cssSelector("#zoekresultaten mark")).getText()).isEqualTo("directeur");

            Browser.viewport(browser, 375, 800);
            browser.get(uri("/proef/plan/een.html").toString());
            var button = browser.findElement(org.openqa.selenium.By.cssSelector(".menuknop"));
            assertThat(button.isDisplayed()).isTrue();
            button.click();
            assertThat(browser.findElement(org.openqa.selenium.By.id("zijbalk")).isDisplayed()).isTrue();
        } finally {
            browser.quit();
        }
    }

    @Test
    void anUnknownEditionIsRefusedNotQuietlyReplaced() throws Exception {
        HttpResponse<String> refused = get("/proef/plan/een.html?editie=geheim");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Onbekende editie 'geheim'").contains("openbaar, intern of vertrouwelijk");
        assertThat(get("/proef/plan/een.html?editie=openbaar").statusCode()).isEqualTo(200);
    }

    @Test
    void aBusyPortIsRefused() {
        PreviewServer second = new PreviewServer(content, List.of(content), new Stages(Cli::engine, SiteTemplates.embedded()));
        try {
            assertThatThrownBy(() -> second.start(port)).isInstanceOf(io.javalin.util.JavalinBindException.class);
        } finally {
            second.close();
        }
    }
}
