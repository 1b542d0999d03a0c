package nl.vplan.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import nl.vplan.compose.SiteTemplates;
import nl.vplan.convert.AsciidocEngine;
import nl.vplan.pipeline.Stages;
import nl.vplan.serve.PreviewServer;

/**
 * Measures the preview's edit-to-page latency: the time from saving a chapter to the reloaded page
 * with the new text being served, and to the document's PDF being ready (polled with HEAD every
 * 20 ms after it was fetched once), over N edits (run by {@code bench/preview-latency.sh}).
 * Arguments: content folder (a copy is edited), chapter file relative to it, school id, document id, N.
 */
public final class PreviewLatency {

    public static void main(String[] args) throws Exception {
        Path original = Path.of(args[0]).toAbsolutePath();
        String chapter = args[1];
        String page = "/" + args[2] + "/" + args[3] + "/" + Path.of(chapter).getFileName().toString().replace(".adoc", ".html");
        int edits = Integer.parseInt(args[4]);
        Path content = Files.createTempDirectory("vplan-bench").resolve("content");
        copy(original, content);

        try (AsciidocEngine engine = new AsciidocEngine();
             PreviewServer server = new PreviewServer(content, List.of(content), new Stages(() -> engine, SiteTemplates.embedded()))) {
            int port = server.start(0);
            HttpClient http = HttpClient.newHttpClient();
            BlockingQueue<String> versions = new LinkedBlockingQueue<>();
            http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/_vplan/gebeurtenissen"))
                            .header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofLines())
                    .thenAccept(r -> r.body().filter(l -> l.startsWith("data: ")).forEach(versions::add));
            versions.poll(30, TimeUnit.SECONDS);
            HttpRequest get = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + page)).build();
            http.send(get, HttpResponse.BodyHandlers.ofString());
            URI pdf = URI.create("http://127.0.0.1:" + port + "/_vplan/pdf/" + args[2] + "/" + args[3] + ".pdf");
            pdfReady(http, pdf); // the server now knows this handbook is wanted
            Path file = content.resolve(chapter);
            String text = Files.readString(file);
            List<Double> millis = new ArrayList<>();
            List<Double> pdfMillis = new ArrayList<>();
            String marker = "";
            for (int i = 0; i < edits + 3; i++) {
                marker = "Meting " + i + " van de voorbeeldserver.";
                long start = System.nanoTime();
                Files.writeString(file, text + "\n" + marker + "\n");
                versions.poll(30, TimeUnit.SECONDS);
                String body = http.send(get, HttpResponse.BodyHandlers.ofString()).body();
                long end = System.nanoTime();
                if (!body.contains(marker)) {
                    throw new IllegalStateException("page does not show edit " + i);
                }
                pdfReady(http, pdf);
                long pdfEnd = System.nanoTime();
                if (i >= 3) { // the first edits warm the JIT
                    millis.add((end - start) / 1e6);
                    pdfMillis.add((pdfEnd - start) / 1e6);
                }
                Thread.sleep(150);
            }
            byte[] last = http.send(HttpRequest.newBuilder(pdf).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
            try (var document = org.apache.pdfbox.Loader.loadPDF(last)) {
                if (!new org.apache.pdfbox.text.PDFTextStripper().getText(document).contains(marker)) {
                    throw new IllegalStateException("the PDF does not show the last edit");
                }
            }
            report("", millis, " (includes the watcher's 25 ms quiet time)");
            report("pdf: ", pdfMillis, " (save to PDF ready)");
        }
    }

    private static void report(String what, List<Double> millis, String note) {
        Collections.sort(millis);
        System.out.printf("%sedits: %d, median %.0f ms, min %.0f ms, max %.0f ms%s%n", what,
                millis.size(), millis.get(millis.size() / 2), millis.get(0), millis.get(millis.size() - 1), note);
    }

    /** Polls the PDF with HEAD every 20 ms until the server has printed it. */
    private static void pdfReady(HttpClient http, URI pdf) throws Exception {
        HttpRequest head = HttpRequest.newBuilder(pdf).method("HEAD", HttpRequest.BodyPublishers.noBody()).build();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (true) {
            int status = http.send(head, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200) {
                return;
            }
            if (status != 202 || System.nanoTime() > end) {
                throw new IllegalStateException("PDF " + pdf + ": status " + status);
            }
            Thread.sleep(20);
        }
    }

    private static void copy(Path from, Path to) throws Exception {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
