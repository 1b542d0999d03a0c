package nl.vplan.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Maps a request path to a file of the rendered site. Anything that could leave the site (a
 * {@code ..} or {@code .} segment, also percent-encoded; a backslash; a NUL) maps to nothing.
 */
final class SitePaths {

    private SitePaths() {
    }

    static Optional<String> file(String requestPath) {
        String decoded;
        try {
            decoded = URLDecoder.decode(requestPath.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!decoded.startsWith("/") || decoded.contains("\\") || decoded.indexOf('\0') >= 0 || decoded.contains("//")) {
            return Optional.empty();
        }
        String path = decoded.substring(1);
        for (String segment : path.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.empty();
            }
        }
        if (path.isEmpty() || path.endsWith("/")) {
            path = path + "index.html";
        }
        return Optional.of(path);
    }

    static String contentType(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (extension) {
            case "html" -> "text/html; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "json" -> "application/json; charset=utf-8";
            case "ics" -> "text/calendar; charset=utf-8";
            case "pdf" -> "application/pdf";
            case "png" -> "image/png";
            case "svg" -> "image/svg+xml";
            default -> "application/octet-stream";
        };
    }
}
