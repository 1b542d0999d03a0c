package nl.vplan.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.vplan.fill.SchoolChanges;
import nl.vplan.fill.SchoolUpdate;
import nl.vplan.load.ContentLoader;
import nl.vplan.model.Framework;

/**
 * "Opslaan" on a school's fill-in page in the preview: the one request that writes files. It is
 * taken only from the page this server served (same host and origin, the token it put in that page,
 * JSON), only for an existing school, at most {@value #MAX_BYTES} bytes; the changes are checked and
 * written by {@link SchoolUpdate}. Every refusal is a 4xx with a Dutch message, and changes nothing.
 */
final class FillInSaves {

    static final String PATH = "/_vplan/opslaan/";
    static final int MAX_BYTES = 1024 * 1024;
    private static final String TOKEN_HEADER = "X-Vplan-Token";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> KEYS = Set.of("velden", "keuzes", "onderdelen", "teksten");

    private final Path content;
    private final byte[] secret = new byte[32];
    /** Files a save wrote (and rendered at once), with what it wrote, so the watcher's news of them is old news. */
    private final Map<Path, Optional<String>> written = new java.util.concurrent.ConcurrentHashMap<>();

    FillInSaves(Path content) {
        this.content = content;
        new SecureRandom().nextBytes(secret);
    }

    /** The token of one school's fill-in page: made from a secret of this server's run, so it fits no other school or run. */
    private String token(String school) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(secret, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(school.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    /** A school's fill-in page with its token in the head, so that its "Opslaan" button can save. */
    byte[] withToken(byte[] page, String school) {
        String html = new String(page, StandardCharsets.UTF_8);
        int head = html.indexOf("</head>");
        if (head < 0) {
            return page;
        }
        return (html.substring(0, head) + "<meta name=\"vplan-opslaan\" content=\"" + token(school) + "\">\n" + html.substring(head))
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The saved files, written when the request was valid; empty (with the answer set) otherwise. */
    Optional<Saved> save(Context ctx, int port) throws IOException {
        Optional<Refused> refused = refusal(ctx, port);
        if (refused.isPresent()) {
            answer(ctx, refused.get().status(), refused.get().message(), null);
            return Optional.empty();
        }
        ContentLoader.Result loaded = ContentLoader.load(content);
        if (loaded.content().isEmpty()) {
            answer(ctx, 409, "Het kader heeft fouten; los die eerst op, dan kan er weer worden opgeslagen.", null);
            return Optional.empty();
        }
        Framework framework = loaded.content().get().framework();
        SchoolUpdate update = new SchoolUpdate(framework);
        String schoolId = ctx.pathParam("school");
        Optional<Path> dir = update.schoolDir(schoolId);
        if (dir.isEmpty()) {
            answer(ctx, 404, "Onbekende school '" + schoolId + "'.", null);
            return Optional.empty();
        }
        Optional<SchoolChanges> changes = changes(ctx.bodyAsBytes());
        if (changes.isEmpty()) {
            answer(ctx, 400, "Het verzoek is geen geldige lijst van wijzigingen (JSON met velden, keuzes, onderdelen, teksten).", null);
            return Optional.empty();
        }
        SchoolUpdate.Outcome outcome = update.apply(dir.get(), changes.get(), true);
        if (outcome.refusal().isPresent()) {
            answer(ctx, 422, "Niet opgeslagen: " + outcome.refusal().get().message(), outcome.refusal().get().item());
            return Optional.empty();
        }
        for (Path file : outcome.files()) {
            written.put(file.toAbsolutePath().normalize(), fingerprint(file));
        }
        return Optional.of(new Saved(schoolId, outcome.files(), outcome.changes().size()));
    }

    /** True once for a file that is still as a save left it (already rendered then); false for anything else. */
    boolean savedAsIs(Path file) {
        Path key = file.toAbsolutePath().normalize();
        Optional<String> saved = written.remove(key);
        return saved != null && saved.equals(fingerprint(key));
    }

    private static Optional<String> fingerprint(Path file) {
        try {
            return java.nio.file.Files.isRegularFile(file) ? Optional.of(java.util.HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(java.nio.file.Files.readAllBytes(file)))) : Optional.empty();
        } catch (IOException | java.security.NoSuchAlgorithmException e) {
            return Optional.of("onleesbaar");
        }
    }

    /** What a valid save wrote: the school, the files and how many changes. */
    record Saved(String school, java.util.List<Path> files, int changes) {
    }

    private record Refused(int status, String message) {
    }

    /** Why this request may not write, or empty. */
    private Optional<Refused> refusal(Context ctx, int port) {
        Set<String> hosts = Set.of("127.0.0.1:" + port, "localhost:" + port);
        String origin = ctx.header("Origin");
        String site = ctx.header("Sec-Fetch-Site");
        String type = Optional.ofNullable(ctx.contentType()).orElse("");
        String given = Optional.ofNullable(ctx.header(TOKEN_HEADER)).orElse("");
        if (!hosts.contains(Optional.ofNullable(ctx.header("Host")).orElse(""))
                || origin == null || !hosts.contains(origin.replaceFirst("^http://", "")) || !origin.startsWith("http://")
                || site != null && !site.equals("same-origin")) {
            return Optional.of(new Refused(403, "Opslaan kan alleen vanaf de invulpagina van deze voorbeeldserver."));
        }
        String expected = token(ctx.pathParam("school"));
        if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            return Optional.of(new Refused(403, "Het formulier is verlopen of niet van deze server; laad de pagina opnieuw en sla dan op."));
        }
        if (!type.startsWith("application/json")) {
            return Optional.of(new Refused(415, "Opslaan verwacht JSON."));
        }
        if (ctx.contentLength() < 0 || ctx.contentLength() > MAX_BYTES) {
            return Optional.of(new Refused(413, "Te veel tekst in één keer (hooguit " + MAX_BYTES / 1024 + " kB)."));
        }
        return Optional.empty();
    }

    /** The changes in a request body: objects of strings (booleans for onderdelen), nothing else. */
    static Optional<SchoolChanges> changes(byte[] body) {
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || !root.isObject()) {
                return Optional.empty();
            }
            for (var names = root.fieldNames(); names.hasNext(); ) {
                if (!KEYS.contains(names.next())) {
                    return Optional.empty();
                }
            }
            Optional<Map<String, String>> values = strings(root.get("velden"));
            Optional<Map<String, String>> choices = strings(root.get("keuzes"));
            Optional<Map<String, String>> texts = strings(root.get("teksten"));
            Map<String, Boolean> parts = new LinkedHashMap<>();
            JsonNode switches = root.get("onderdelen");
            if (switches != null) {
                if (!switches.isObject()) {
                    return Optional.empty();
                }
                for (var entry : (Iterable<Map.Entry<String, JsonNode>>) switches::fields) {
                    if (!entry.getValue().isBoolean()) {
                        return Optional.empty();
                    }
                    parts.put(entry.getKey(), entry.getValue().booleanValue());
                }
            }
            if (values.isEmpty() || choices.isEmpty() || texts.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new SchoolChanges(values.get(), choices.get(), parts, texts.get()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<Map<String, String>> strings(JsonNode node) {
        Map<String, String> map = new LinkedHashMap<>();
        if (node == null) {
            return Optional.of(map);
        }
        if (!node.isObject()) {
            return Optional.empty();
        }
        for (var entry : (Iterable<Map.Entry<String, JsonNode>>) node::fields) {
            if (!entry.getValue().isTextual()) {
                return Optional.empty();
            }
            map.put(entry.getKey(), entry.getValue().textValue());
        }
        return Optional.of(map);
    }

    static void answer(Context ctx, int status, String message, String item) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("bericht", message);
        body.put("veld", item);
        try {
            ctx.status(status).contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(body));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
