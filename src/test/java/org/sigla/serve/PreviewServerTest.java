package org.sigla.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigla.support.Editions;

/** The preview's server over HTTP: what it serves, what it refuses, and that it keeps up while it rebuilds. */
class PreviewServerTest {

    @TempDir
    Path folder;

    private Path sources;
    private Path letter;
    private Preview preview;
    private PreviewServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void serve() throws Exception {
        sources = Files.createDirectories(folder.resolve("sources"));
        letter = Files.copy(Editions.testEdition("letter"), sources.resolve("letter.xml"));
        preview = new Preview(Editions.sigla(), List.of(sources), Map.of());
        preview.update();
        server = new PreviewServer(preview, List.of(sources), InetAddress.getLoopbackAddress(), 0);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
        preview.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.address() + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The status line of a request sent exactly as written, as a hostile client would. */
    private String raw(String requestLine) throws Exception {
        URI address = URI.create(server.address());
        try (Socket socket = new Socket(address.getHost(), address.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write((requestLine + "\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
        }
    }

    @Test
    void theHomePageAndEveryViewAreServedWithTheirTypes() throws Exception {
        HttpResponse<String> home = get("");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("href=\"letter/index.html\""), home.body());
        assertEquals("text/html; charset=utf-8", home.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> page = get("letter/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("EventSource('/_sigla/events')"), "a served page reloads itself");
        assertEquals("text/plain; charset=utf-8", get("letter/text.txt").headers().firstValue("Content-Type").orElse(""));
        assertFalse(Files.readString(preview.output().resolve("letter/index.html")).contains("_sigla"),
                "what the build writes carries no preview script");
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(URI.create(server.address() + "letter/edition.pdf")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1), "the PDF is typeset when asked for");
    }

    @Test
    void nothingOutsideTheOutputIsServed() throws Exception {
        Files.createSymbolicLink(preview.output().resolve("letter-link"), Path.of("/etc"));
        for (String path : List.of("/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/letter/%2E%2E/%2E%2E/%2E%2E/etc/passwd",
                "//etc/passwd", "/letter/..%2f..%2f..%2fetc/passwd", "/.sigla-manifest.xml", "/letter-link/passwd",
                "/letter/..\\..\\etc\\passwd", "/_sigla/", "/nothing-here.html")) {
            String status = raw("GET " + path + " HTTP/1.1");
            assertTrue(status.startsWith("HTTP/1.1 404") || status.startsWith("HTTP/1.1 400"), path + ": " + status);
        }
        assertTrue(raw("GET http://localhost/etc/passwd HTTP/1.1").matches("HTTP/1.1 (400|404).*"), "an absolute address");
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS", "TRACE", "PATCH")) {
            assertTrue(raw(method + " /letter/index.html HTTP/1.1").startsWith("HTTP/1.1 405"), method);
        }
        assertTrue(raw("HEAD /letter/index.html HTTP/1.1").startsWith("HTTP/1.1 200"));
    }

    @Test
    void twoHundredRequestsAtOnceAllAnswerWhileTheEditionIsRebuilt() throws Exception {
        LinkedBlockingQueue<String> events = new LinkedBlockingQueue<>();
        preview.onChange(events::add);
        // When the rebuild begins and ends, to show that answers came while it ran.
        java.util.concurrent.atomic.AtomicLong began = new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE);
        java.util.concurrent.atomic.AtomicLong ended = new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE);
        List<Long> answered = java.util.Collections.synchronizedList(new ArrayList<>());
        // The rebuild waits at its start (up to 20 s) for an answer, so that "while it runs" does not depend on how
        // fast this machine rebuilds: a server that held its answers during a rebuild would still give none.
        preview.onBuildStart(() -> {
            began.compareAndSet(Long.MAX_VALUE, System.nanoTime());
            long stop = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (answered.stream().noneMatch(time -> time > began.get()) && System.nanoTime() < stop) {
                java.util.concurrent.locks.LockSupport.parkNanos(1_000_000);
            }
        });
        preview.onChange(name -> ended.compareAndSet(Long.MAX_VALUE, System.nanoTime()));
        // A reader who keeps asking, from before the save until the rebuild is over: some of its answers come while it runs.
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            long stop = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (ended.get() == Long.MAX_VALUE && System.nanoTime() < stop) {
                try {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.address() + "letter/index.html")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, response.statusCode());
                    answered.add(System.nanoTime());
                } catch (java.io.IOException | InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
        });
        // A long save, so that the rebuild takes long enough to be seen (a pause of the collector stops everything for a moment).
        Files.writeString(letter, Files.readString(letter).replace("Répondez-moi vite.", "Répondez-moi très vite." + " Encore un mot.".repeat(20_000)));
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String path = List.of("", "letter/", "letter/index.html", "letter/apparatus.html", "letter/text.txt").get(i % 5);
            answers.add(http.sendAsync(HttpRequest.newBuilder(URI.create(server.address() + path)).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> answered.add(System.nanoTime())));
        }
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            HttpResponse<String> response = answer.get(60, TimeUnit.SECONDS);
            assertEquals(200, response.statusCode(), response.uri().toString());
            String body = response.body().strip();
            assertTrue(body.endsWith("</html>") || response.uri().getPath().endsWith(".txt") && body.contains("Répondez-moi"),
                    response.uri() + " is whole");
        }
        await(events, "letter");
        reader.get(60, TimeUnit.SECONDS);
        assertTrue(get("letter/text.txt").body().contains("très vite"));
        long during = answered.stream().filter(time -> time > began.get() && time < ended.get()).count();
        assertTrue(during > 0, "answers while the rebuild ran: " + during + " of " + answered.size()
                + "; it ran for " + (ended.get() - began.get()) / 1000 + " µs; answers at (µs from its start) "
                + answered.stream().map(time -> (time - began.get()) / 1000).sorted().toList());
    }

    @Test
    void warningsAreShownQuietlyAndErrorsLoudlyInTheWordsOfValidate() throws Exception {
        LinkedBlockingQueue<String> events = new LinkedBlockingQueue<>();
        preview.onChange(events::add);
        // Supplied text that names no one responsible: valid, with a warning of the editorial rules.
        Files.writeString(letter, Files.readString(letter).replace("Répondez-moi vite.", "Répondez-moi <supplied>vite</supplied>."));
        await(events, "letter");
        String page = get("letter/index.html").body();
        assertTrue(page.contains("<div id=\"sigla-problems\" class=\"sigla-warnings\""), page);
        assertTrue(page.contains(": warning: Supplied text &quot;vite&quot; names no one responsible (@resp). [supplied-resp]"), page);

        Files.writeString(letter, Files.readString(letter).replace("<supplied>vite</supplied>", "<suplied>vite</suplied>"));
        await(events, "letter");
        page = get("letter/index.html").body();
        assertTrue(page.contains("<div id=\"sigla-problems\" class=\"sigla-errors\""), page);
        assertTrue(page.matches("(?s).*letter\\.xml:\\d+:\\d+: error: element &quot;suplied&quot; is not allowed inside &lt;p&gt;; did you mean &lt;supplied&gt;\\? .*\\[rng].*"), page);
        assertTrue(page.contains("class=\"supplied\""), "the last good rendering stays beneath");
    }

    @Test
    void anEditionAddedOrRemovedAppearsOnOrLeavesTheHomePage() throws Exception {
        LinkedBlockingQueue<String> events = new LinkedBlockingQueue<>();
        preview.onChange(events::add);
        Files.copy(Editions.testEdition("verse"), sources.resolve("verse.xml"));
        await(events, "");
        assertTrue(get("").body().contains("href=\"verse/index.html\""));
        Files.delete(sources.resolve("verse.xml"));
        await(events, "");
        assertFalse(get("").body().contains("verse/"));
        assertEquals(404, get("verse/index.html").statusCode());
    }

    @Test
    void savingAnIncludedFileRebuildsTheEditionThatIncludesIt() throws Exception {
        LinkedBlockingQueue<String> events = new LinkedBlockingQueue<>();
        preview.onChange(events::add);
        Path chapter = Files.createDirectories(sources.resolve("chapters")).resolve("two.xml");
        Files.writeString(chapter, "<div xmlns=\"http://www.tei-c.org/ns/1.0\"><p>The chapter as first written.</p></div>");
        Files.writeString(sources.resolve("book.xml"), """
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:xi="http://www.w3.org/2001/XInclude">
                  <teiHeader><fileDesc><titleStmt><title>A Book</title></titleStmt><publicationStmt><p>Test.</p></publicationStmt>
                    <sourceDesc><p>Born digital.</p></sourceDesc></fileDesc></teiHeader>
                  <text><body><div><p>The first chapter.</p></div><xi:include href="chapters/two.xml"/></body></text>
                </TEI>
                """);
        await(events, "book");
        assertTrue(get("book/index.html").body().contains("The chapter as first written."));
        assertEquals(404, get("two/index.html").statusCode(), "an included file is no edition of its own");
        Files.writeString(chapter, "<div xmlns=\"http://www.tei-c.org/ns/1.0\"><p>The chapter as saved again.</p></div>");
        await(events, "book");
        assertTrue(get("book/index.html").body().contains("The chapter as saved again."));
    }

    /** Waits for the event that tells the pages of an edition ("": the home page) to reload, passing over others. */
    private static void await(LinkedBlockingQueue<String> events, String edition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String event;
        do {
            event = events.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } while (event != null && !event.equals(edition));
        assertEquals(edition, event, "the pages of \"" + edition + "\" were told to reload");
    }
}
