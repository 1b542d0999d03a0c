package nl.vplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import nl.vplan.compose.SiteTemplates;
import nl.vplan.pipeline.Stages;
import nl.vplan.serve.PreviewServer;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saving a fill-in page through the preview, over HTTP as a browser (or an attacker) sends it: a
 * valid save keeps the writer's comments and key order and shows at once; every other request is
 * refused with 4xx and changes no byte of the content.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PreviewSaveTest {

    @TempDir
    static Path temp;

    Path content;
    PreviewServer server;
    int port;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    void start() throws Exception {
        content = temp.resolve("content");
        Site.copy(Cli.EXAMPLE, content);
        server = new PreviewServer(content, List.of(content), new Stages(Cli::engine, SiteTemplates.embedded()));
        port = server.start(0);
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private String origin() {
        return "http://127.0.0.1:" + port;
    }

    private String token(String school) throws Exception {
        String page = http.send(HttpRequest.newBuilder(URI.create(origin() + "/" + school + "/invullen.html")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return Jsoup.parse(page).select("meta[name=vplan-opslaan]").attr("content");
    }

    private HttpResponse<String> post(String school, String token, String origin, String type, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(origin() + "/_vplan/opslaan/" + school))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("X-Vplan-Token", token);
        }
        if (origin != null) {
            request.header("Origin", origin);
        }
        if (type != null) {
            request.header("Content-Type", type);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> keys(String yaml) {
        List<String> keys = new ArrayList<>();
        yaml.lines().map(l -> l.replaceFirst("^\\s*([a-z0-9.-]+):.*$", "$1")).filter(l -> l.matches("[a-z0-9.-]+")).forEach(keys::add);
        return keys;
    }

    @Test
    void aSaveFromThePageKeepsCommentsAndOrderAndShowsAtOnce() throws Exception {
        Path file = content.resolve("scholen/het-kompas/school.yml");
        String before = Files.readString(file);
        String token = token("het-kompas");
        assertThat(token).isNotBlank();
        HttpResponse<String> saved = post("het-kompas", token, origin(), "application/json",
                "{\"velden\": {\"directeur.naam\": \"Q. Opgeslagen\", \"bhv.verzamelplaats\": \"Plein: \\\"achter\\\" # bij het hek\"}}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(Site.jsonOf(saved.body()).get("bericht").asText()).startsWith("Opgeslagen: 2 wijzigingen.").contains("Nog open:");
        String after = Files.readString(file);
        before.lines().filter(l -> l.strip().startsWith("#")).forEach(comment -> assertThat(after).contains(comment));
        List<String> keysAfter = keys(after);
        keysAfter.removeIf(k -> !keys(before).contains(k));
        assertThat(keysAfter).isEqualTo(keys(before));
        assertThat(Site.yaml(file).at("/velden/bhv.verzamelplaats").asText()).isEqualTo("Plein: \"achter\" # bij het hek");
        String page = http.send(HttpRequest.newBuilder(URI.create(origin() + "/het-kompas/veiligheidsplan/coordinatie.html")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(Jsoup.parse(page).select("[data-veld=directeur.naam]").text()).contains("Q. Opgeslagen");
    }

    @Test
    void everyOtherRequestIsRefusedAndChangesNothing() throws Exception {
        Map<String, String> before = Site.snapshot(content);
        String kompas = token("het-kompas");
        String good = "{\"velden\": {\"directeur.naam\": \"X. Kwaad\"}}";
        assertRefused(post("het-kompas", null, origin(), "application/json", good), 403);
        assertRefused(post("het-kompas", "verzonnen", origin(), "application/json", good), 403);
        assertRefused(post("de-regenboog", kompas, origin(), "application/json", good), 403);
        assertRefused(post("het-kompas", kompas, "http://aanvaller.example", "application/json", good), 403);
        assertRefused(post("het-kompas", kompas, null, "application/json", good), 403);
        assertRefused(post("het-kompas", kompas, origin(), "text/plain", good), 415);
        assertRefused(post("het-kompas", kompas, origin(), "application/json", "geen json"), 400);
        assertRefused(post("het-kompas", kompas, origin(), "application/json", "{\"velden\": {\"directeur.naam\": 3}}"), 400);
        assertRefused(post("het-kompas", kompas, origin(), "application/json", "{\"pad\": \"../kader.yml\"}"), 400);
        assertRefused(post("het-kompas", kompas, origin(), "application/json",
                "{\"velden\": {\"directeur.telefoon\": \"12345\"}}"), 422, "directeur.telefoon");
        assertRefused(post("het-kompas", kompas, origin(), "application/json",
                "{\"teksten\": {\"../../../kader\": \"x\"}}"), 422, "../../../kader");
        assertRefused(post("het-kompas", kompas, origin(), "application/json",
                "{\"teksten\": {\"schoolregels\": \"" + "x".repeat(1_100_000) + "\"}}"), 413);
        // a token belongs to one school's page, so no page gives one for a school or path that does not exist
        assertRefused(post("bestaat-niet", token("bestaat-niet"), origin(), "application/json", good), 403);
        assertRefused(post("..%2F..%2Fkader", kompas, origin(), "application/json", good), 403);
        assertThat(rawStatus("POST /_vplan/opslaan/het-kompas HTTP/1.1\r\nHost: aanvaller.example:" + port + "\r\nOrigin: " + origin()
                + "\r\nX-Vplan-Token: " + kompas + "\r\nContent-Type: application/json\r\nContent-Length: " + good.length()
                + "\r\nConnection: close\r\n\r\n" + good)).as("another Host (DNS rebinding)").isEqualTo(403);
        assertThat(http.send(HttpRequest.newBuilder(URI.create(origin() + "/het-kompas/school.yml"))
                .method("PUT", HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(405);
        assertThat(Site.snapshot(content)).isEqualTo(before);
    }

    private void assertRefused(HttpResponse<String> response, int status, String... item) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        if (response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            assertThat(Site.jsonOf(response.body()).get("bericht").asText()).isNotBlank();
        }
        if (item.length > 0) {
            assertThat(Site.jsonOf(response.body()).get("veld").asText()).isEqualTo(item[0]);
        }
    }

    private int rawStatus(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)).readLine();
            return Integer.parseInt(status.split(" ")[1]);
        }
    }
}
