package org.sigla.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.sigla.views.View;

/**
 * A live preview's web server: the JDK's own HTTP server (no dependency to carry), on the
 * loopback address unless told otherwise, serving only the preview's output folder (GET and
 * HEAD), each page with {@link PageAdditions}; a request for an edition's PDF typesets it;
 * {@code /_sigla/events} tells open pages (Server-Sent Events) which edition was rebuilt.
 */
public final class PreviewServer implements AutoCloseable {

    static final String EVENTS = "/_sigla/events";

    private final Preview preview;
    private final OutputFiles files;
    private final HttpServer server;
    private final ExecutorService handlers;
    private final ScheduledExecutorService heartbeat;
    private final List<OutputStream> listeners = new CopyOnWriteArrayList<>();
    private final SourceWatcher watcher;

    /**
     * Starts serving; {@code port} 0 takes any free port, and a taken port the next free one of
     * the twenty after it.
     */
    public PreviewServer(Preview preview, List<Path> roots, InetAddress host, int port) throws IOException {
        this.preview = preview;
        this.files = new OutputFiles(preview.output());
        this.server = bind(host, port);
        AtomicInteger count = new AtomicInteger();
        this.handlers = Executors.newFixedThreadPool(32, runnable -> {
            Thread thread = new Thread(runnable, "sigla-serve-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        preview.onChange(this::tell);
        heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sigla-serve-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        // A comment line now and then, so that pages that were closed are noticed and let go.
        heartbeat.scheduleAtFixedRate(() -> send(": still here\n\n"), 15, 15, TimeUnit.SECONDS);
        server.start();
        watcher = new SourceWatcher(roots, preview::requestUpdate);
    }

    private static HttpServer bind(InetAddress host, int port) throws IOException {
        int last = port == 0 ? 0 : port + 20;
        for (int candidate = port; ; candidate++) {
            try {
                return HttpServer.create(new InetSocketAddress(host, candidate), 256);
            } catch (BindException e) {
                if (candidate >= last) {
                    throw new BindException("port " + port + (port == last ? "" : " and the next twenty are") + " taken; choose another with --port");
                }
            }
        }
    }

    /** The address the preview is served at. */
    public String address() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + "/";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                respond(exchange, 405, "text/plain; charset=utf-8", "Only GET and HEAD.\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if (EVENTS.equals(path) && method.equals("GET")) {
                listen(exchange);
                return;
            }
            String edition = OutputFiles.edition(path == null ? "" : path);
            if (path != null && path.endsWith("/" + View.PDF.primaryFile()) && !edition.isEmpty()) {
                preview.pdf(edition);
            }
            Preview.Status status = preview.statuses().get(edition);
            // A page of an edition that is being rebuilt is worth a moment's wait; any other missing file is not.
            Content content = read(path, status != null);
            if (content == null) {
                if (status != null && (path.equals("/" + edition + "/") || path.equals("/" + edition + "/index.html"))) {
                    respond(exchange, 200, "text/html; charset=utf-8", PageAdditions.placeholder(edition, status).getBytes(StandardCharsets.UTF_8));
                } else {
                    respond(exchange, 404, "text/plain; charset=utf-8", "Not found.\n".getBytes(StandardCharsets.UTF_8));
                }
                return;
            }
            byte[] body = content.bytes();
            if (content.type().startsWith("text/html")) {
                body = PageAdditions.into(new String(body, StandardCharsets.UTF_8), PageAdditions.of(edition, status))
                        .getBytes(StandardCharsets.UTF_8);
            }
            respond(exchange, 200, content.type(), body);
        } finally {
            if (!isListening(exchange)) {
                exchange.close();
            }
        }
    }

    /**
     * The bytes of the file a request names, read whole. A rebuild replaces an edition's folder
     * with two moves while a request may be reading it: a file that vanished, or is not there
     * for an instant between the moves, is looked for again.
     */
    private Content read(String path, boolean known) throws IOException {
        for (int attempt = 0; attempt < 5; attempt++) {
            Path file = files.resolve(path);
            if (file != null) {
                try {
                    return new Content(OutputFiles.type(file), Files.readAllBytes(file));
                } catch (NoSuchFileException e) {
                    // Moved away just now: look again.
                }
            } else if (!known) {
                return null;
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    private record Content(String type, byte[] bytes) { }

    private void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        headers(exchange);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void headers(HttpExchange exchange) {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    }

    private void listen(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        headers(exchange);
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(": listening\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        exchange.setAttribute("sigla.listening", Boolean.TRUE);
        listeners.add(out);
    }

    private static boolean isListening(HttpExchange exchange) {
        return exchange.getAttribute("sigla.listening") != null;
    }

    /** Tells every open page that an edition ("" : the home page) was rebuilt. */
    private void tell(String edition) {
        send("data: " + edition.replaceAll("[\\r\\n]", "") + "\n\n");
    }

    private void send(String event) {
        byte[] bytes = event.getBytes(StandardCharsets.UTF_8);
        for (OutputStream out : listeners) {
            try {
                synchronized (out) {
                    out.write(bytes);
                    out.flush();
                }
            } catch (IOException e) {
                listeners.remove(out);
                try {
                    out.close();
                } catch (IOException ignored) {
                    // The page is gone already.
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        watcher.close();
        heartbeat.shutdownNow();
        for (OutputStream out : listeners) {
            try {
                out.close();
            } catch (IOException ignored) {
                // Closing anyway.
            }
        }
        server.stop(0);
        handlers.shutdownNow();
    }
}
