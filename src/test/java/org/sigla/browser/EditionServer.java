package org.sigla.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

/** A static web server for a built output folder, on a free loopback port, as a reader's server would be. */
public final class EditionServer implements AutoCloseable {

    private final HttpServer server;
    private final Served served = new Served();

    /** What the server has sent, file by file, since it started or was last asked: the bytes a page fetched. */
    public static final class Served {
        private final java.util.Map<String, Long> bytes = new java.util.LinkedHashMap<>();

        synchronized void add(String path, long length) {
            bytes.merge(path, length, Long::sum);
        }

        public synchronized java.util.Map<String, Long> take() {
            java.util.Map<String, Long> taken = new java.util.LinkedHashMap<>(bytes);
            bytes.clear();
            return taken;
        }
    }

    public Served served() {
        return served;
    }

    public EditionServer(Path root) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        Path base = root.toAbsolutePath().normalize();
        server.createContext("/", exchange -> {
            Path file = base.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(base) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            byte[] body = Files.readAllBytes(file);
            served.add(exchange.getRequestURI().getPath(), body.length);
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", contentType(name));
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    static String contentType(String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(java.util.Locale.ROOT);
        return switch (extension) {
            case "html" -> "text/html; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "json" -> "application/json";
            case "png" -> "image/png";
            case "jpg", "jpeg" -> "image/jpeg";
            default -> "text/plain; charset=utf-8";
        };
    }

    /** The address of a file of the output folder, such as "kamenev-octobre-1917/index.html". */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
