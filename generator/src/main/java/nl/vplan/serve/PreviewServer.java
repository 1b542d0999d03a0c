package nl.vplan.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.sse.SseClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import nl.vplan.model.Klasse;
import nl.vplan.model.Problem;

/**
 * {@code vplan serve}: the site rendered in memory and served on 127.0.0.1 only, read-only (GET
 * and HEAD) but for one request: saving a school's fill-in page ({@link FillInSaves}). A watcher re-renders after every save and tells open pages over server-sent events
 * to reload, or to show the errors in an overlay while the last good pages stay available.
 */
public final class PreviewServer implements AutoCloseable {

    static final String EVENTS = "/_vplan/gebeurtenissen";
    static final String PDF = "/_vplan/pdf/";
    private static final String EDITION_COOKIE = "vplan-editie";
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
            + "frame-ancestors 'none'; form-action 'none'";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PreviewRenderer renderer;
    private final Map<SseClient, Klasse> clients = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong(1);
    private final Javalin app;
    private final List<Path> watched;
    private final nl.vplan.assemble.HandbookRenderer printer;
    /** A handbook ({@code <school>/<document>}) in an edition. */
    private record Wanted(String handbook, Klasse edition) {
    }

    /** A handbook's print for one version of the content. */
    private record Print(Wanted handbook, long version) {
    }

    private final Map<Print, java.util.concurrent.CompletableFuture<byte[]>> pdfs = new ConcurrentHashMap<>();
    private final java.util.concurrent.ExecutorService pdfWorker = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "vplan-pdf");
        t.setDaemon(true);
        return t;
    });
    /** The handbooks browsers asked for lately, printed ahead after a change (a map in access order, as a set). */
    private final Map<Wanted, Boolean> wanted = new java.util.LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Wanted, Boolean> eldest) {
            return size() > WANTED;
        }
    };
    private static final int WANTED = 4;
    private final FillInSaves saves;
    private ContentWatcher watcher;

    public PreviewServer(Path content, List<Path> watched, nl.vplan.pipeline.Stages stages) {
        this.renderer = new PreviewRenderer(content, stages);
        this.saves = new FillInSaves(content);
        this.printer = stages.printer();
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            // Let odd paths (.., %2e%2e) reach SitePaths, which answers 404, instead of Jetty's 400.
            config.jetty.modifyHttpConfiguration(http -> http.setUriCompliance(org.eclipse.jetty.http.UriCompliance.LEGACY));
        });
        app.before(this::onlyReading);
        app.sse(EVENTS, this::connect);
        app.get(PreviewBar.ASSETS + "{name}", this::asset);
        app.get(PDF + "{school}/{document}", this::pdf);
        app.head(PDF + "{school}/{document}", this::pdf); // else Javalin answers HEAD 200 without asking: 202 and 404 count here
        app.post(FillInSaves.PATH + "{school}", this::save);
        app.get("/*", this::page);
        app.get("/", this::page);
        this.watched = watched;
    }

    /**
     * Whether the preview could listen on {@code port} of 127.0.0.1 now (0: any free port). Asked before
     * anything is started, so that a port in use is said at once instead of after the first rendering.
     */
    public static boolean canListenOn(int port) {
        try (java.net.ServerSocket socket = new java.net.ServerSocket()) {
            socket.setReuseAddress(true); // as Jetty binds: a port only waiting after an earlier run is free
            socket.bind(new java.net.InetSocketAddress("127.0.0.1", port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Renders the default edition and starts serving on 127.0.0.1:{@code port}; 0 picks a free port. */
    public int start(int port) throws IOException {
        renderer.snapshot(Klasse.INTERN);
        app.start("127.0.0.1", port);
        watcher = new ContentWatcher(watched, files -> {
            Set<Path> news = new java.util.HashSet<>(files);
            news.removeIf(saves::savedAsIs); // a save renders its own files at once
            if (!news.isEmpty()) {
                changed(news);
            }
        });
        watcher.start();
        return app.port();
    }

    /** Problems of the latest rendering of the default edition (for the console). */
    public List<Problem> problems() {
        return renderer.snapshot(Klasse.INTERN).problems();
    }

    private void onlyReading(Context ctx) {
        ctx.header("Content-Security-Policy", CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        boolean save = ctx.method() == HandlerType.POST && ctx.path().startsWith(FillInSaves.PATH);
        if (ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD && !save) {
            ctx.status(405).header("Allow", "GET, HEAD").result("Alleen lezen: deze server accepteert alleen GET en HEAD"
                    + " (en het opslaan van een invulpagina).");
            ctx.skipRemainingHandlers();
            return;
        }
        String asked = ctx.queryParam("editie");
        if (asked != null && Klasse.parse(asked).isEmpty()) {
            ctx.status(400).contentType("text/plain; charset=utf-8")
                    .result("Onbekende editie '" + asked + "'; kies openbaar, intern of vertrouwelijk.");
            ctx.skipRemainingHandlers();
        }
    }

    private Klasse edition(Context ctx) {
        String asked = Optional.ofNullable(ctx.queryParam("editie")).orElse(ctx.cookie(EDITION_COOKIE));
        // an unknown ?editie= was refused before; a cookie the bar set long ago falls back to intern
        return asked == null ? Klasse.INTERN : Klasse.parse(asked).orElse(Klasse.INTERN);
    }

    private void page(Context ctx) {
        Klasse edition = edition(ctx);
        PreviewSnapshot snapshot = renderer.snapshot(edition);
        Optional<String> file = SitePaths.file(ctx.path());
        byte[] body = file.map(f -> snapshot.files().get(f)).orElse(null);
        if (body == null && snapshot.hasErrors() && file.filter(f -> f.endsWith(".html")).isPresent()) {
            // no good version yet (started on broken content): the problems, until they are fixed
            ctx.status(503).contentType("text/html; charset=utf-8").result(PreviewBar.inject(ErrorPage.of(snapshot.problems()), "", "",
                    edition, snapshot.schools(), version.get()));
            return;
        }
        if (body == null) {
            ctx.status(404).contentType("text/plain; charset=utf-8").result("Niet gevonden.");
            return;
        }
        String path = file.get();
        ctx.contentType(SitePaths.contentType(path));
        if (path.endsWith(".html")) {
            String[] segments = path.split("/");
            String school = segments.length > 1 && snapshot.schools().containsKey(segments[0]) ? segments[0] : "";
            String document = !school.isEmpty() && segments.length > 2
                    && snapshot.handbooks().containsKey(school + "/" + segments[1]) ? segments[1] : "";
            if (!document.isEmpty() && segments.length == 3) { // an audience page prints its own version
                String documentId = document;
                document = nl.vplan.model.Audiences.ofPage(segments[2]).map(a -> nl.vplan.model.Audiences.handbookId(documentId, a))
                        .filter(id -> snapshot.handbooks().containsKey(school + "/" + id)).orElse(document);
            }
            body = PreviewBar.inject(body, school, document, edition,
                    snapshot.schools(), version.get());
            if (!school.isEmpty() && path.equals(school + "/invullen.html")) {
                body = saves.withToken(body, school);
            }
        }
        ctx.result(body);
    }

    /**
     * Saves a school's fill-in page (see {@link FillInSaves}), renders again at once so that the
     * answer can say what is still open, and tells open pages to reload.
     */
    private void save(Context ctx) throws IOException {
        Optional<FillInSaves.Saved> saved = saves.save(ctx, app.port());
        if (saved.isEmpty()) {
            return;
        }
        if (saved.get().changes() == 0) {
            FillInSaves.answer(ctx, 200, "Niets gewijzigd: alles stond er al zo.", null);
            return;
        }
        changed(java.util.Set.copyOf(saved.get().files()));
        PreviewSnapshot snapshot = renderer.snapshot(edition(ctx));
        String open = Optional.ofNullable(snapshot.open().get(saved.get().school())).map(n -> " Nog open: " + n + ".").orElse("");
        FillInSaves.answer(ctx, 200, "Opgeslagen: " + saved.get().changes()
                + (saved.get().changes() == 1 ? " wijziging." : " wijzigingen.") + open, null);
    }

    private void asset(Context ctx) throws IOException {
        String name = ctx.pathParam("name");
        if (!name.matches("[a-z]+\\.(js|css)")) {
            ctx.status(404).result("Niet gevonden.");
            return;
        }
        try (InputStream in = PreviewServer.class.getResourceAsStream("/preview/" + name)) {
            if (in == null) {
                ctx.status(404).result("Niet gevonden.");
                return;
            }
            ctx.contentType(SitePaths.contentType(name)).result(in.readAllBytes());
        }
    }

    /**
     * The handbook of a school's document, printed in the background: 202 with "bezig" until it is
     * ready (the bar polls), then the PDF. A new version of the content starts a new print.
     */
    private void pdf(Context ctx) {
        Klasse edition = edition(ctx);
        String document = ctx.pathParam("document").replaceFirst("\\.pdf$", "");
        String key = ctx.pathParam("school") + "/" + document;
        long current = version.get(); // before the snapshot: a version is counted only once it is rendered
        nl.vplan.compose.Handbook handbook = renderer.snapshot(edition).handbooks().get(key);
        if (handbook == null) {
            ctx.status(404).result("Niet gevonden.");
            return;
        }
        Wanted asked = new Wanted(key, edition);
        synchronized (wanted) {
            wanted.put(asked, true);
        }
        var job = print(new Print(asked, current), handbook);
        if (!job.isDone() || job.isCancelled()) { // cancelled: a newer version is printing, the bar asks again
            ctx.status(202).contentType("text/plain; charset=utf-8").result("bezig");
        } else if (job.isCompletedExceptionally()) {
            ctx.status(500).contentType("text/plain; charset=utf-8").result("De PDF kon niet worden gemaakt.");
        } else {
            ctx.contentType("application/pdf").result(job.join());
        }
    }

    private java.util.concurrent.CompletableFuture<byte[]> print(Print print, nl.vplan.compose.Handbook handbook) {
        return pdfs.computeIfAbsent(print,
                k -> java.util.concurrent.CompletableFuture.supplyAsync(() -> printer.pdf(handbook), pdfWorker));
    }

    /**
     * After a change: drops the prints of older versions (cancelling those not started) and, unless
     * the new rendering failed, prints the handbooks asked for lately for {@code current} right away.
     */
    private void printAhead(long current) {
        pdfs.entrySet().removeIf(e -> {
            boolean old = e.getKey().version() < current;
            if (old) {
                e.getValue().cancel(false);
            }
            return old;
        });
        List<Wanted> asked;
        synchronized (wanted) {
            asked = List.copyOf(wanted.keySet());
        }
        for (Wanted w : asked) {
            PreviewSnapshot snapshot = renderer.snapshot(w.edition());
            nl.vplan.compose.Handbook handbook = snapshot.handbooks().get(w.handbook());
            if (!snapshot.hasErrors() && handbook != null && !pdfWorker.isShutdown()) {
                print(new Print(w, current), handbook);
            }
        }
    }

    private void connect(SseClient client) {
        Klasse edition = edition(client.ctx());
        client.keepAlive();
        client.onClose(() -> clients.remove(client));
        clients.put(client, edition);
        tell(client, renderer.snapshot(edition));
    }

    /** Synchronized: the watcher and a save may both report a change; each version is rendered before it is counted. */
    private synchronized void changed(java.util.Set<Path> files) {
        renderer.changed(files);
        long current = version.incrementAndGet();
        clients.forEach((client, edition) -> tell(client, renderer.snapshot(edition)));
        printAhead(current);
    }

    private void tell(SseClient client, PreviewSnapshot snapshot) {
        try {
            if (snapshot.hasErrors()) {
                List<Map<String, String>> errors = snapshot.problems().stream().filter(Problem::isError)
                        .map(p -> Map.of("plaats", p.where().display(), "bericht", p.message())).toList();
                client.sendEvent("fouten", JSON.writeValueAsString(errors));
            } else {
                client.sendEvent("versie", String.valueOf(version.get()));
            }
        } catch (IOException | RuntimeException e) {
            clients.remove(client);
        }
    }

    @Override
    public void close() {
        if (watcher != null) {
            watcher.close();
        }
        pdfWorker.shutdownNow();
        app.stop();
    }
}
