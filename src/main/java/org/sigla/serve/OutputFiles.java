package org.sigla.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The files a preview may serve: those of its output folder and nothing else. A request path
 * with "..", ".", a hidden name (Sigla's manifest, its staging folders), a backslash or a NUL,
 * or one that leads out of the folder through a link, gives nothing; a folder gives its
 * index.html, never a listing.
 */
final class OutputFiles {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("pdf", "application/pdf"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json"),
            Map.entry("xml", "application/xml"), Map.entry("svg", "image/svg+xml"), Map.entry("png", "image/png"),
            // The page images a build copies as they are (facsimile/).
            Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"), Map.entry("gif", "image/gif"),
            Map.entry("webp", "image/webp"), Map.entry("avif", "image/avif"));

    private final Path root;

    OutputFiles(Path root) throws IOException {
        this.root = root.toRealPath();
    }

    /** The file a decoded request path names, or null. */
    Path resolve(String path) throws IOException {
        if (path == null || !path.startsWith("/") || path.indexOf('\\') >= 0 || path.indexOf('\0') >= 0) {
            return null;
        }
        Path file = root;
        for (String segment : path.substring(1).split("/", -1)) {
            if (segment.isEmpty()) {
                continue;
            }
            if (segment.equals("..") || segment.startsWith(".") || segment.contains(":")) {
                return null;
            }
            file = file.resolve(segment);
        }
        if (!file.normalize().startsWith(root)) {
            return null;
        }
        if (Files.isDirectory(file)) {
            file = file.resolve("index.html");
        }
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Path real = file.toRealPath();
        return real.startsWith(root) ? real : null;
    }

    /** The edition a request path is in ("" for the home page and anything outside an edition). */
    static String edition(String path) {
        String[] segments = path.split("/");
        return segments.length > 2 ? segments[1] : "";
    }

    static String type(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return TYPES.getOrDefault(dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT), "application/octet-stream");
    }
}
