package org.sigla.bench;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.sigla.Sigla;
import org.sigla.serve.Preview;
import org.sigla.serve.PreviewServer;

/**
 * How long an editor waits under {@code sigla serve}: from the moment the memoir is saved to
 * the moment its page, told to reload, has been fetched again. A page's own event stream is
 * read as a browser reads it; the browser's drawing of the page is not counted.
 * Run with {@code mvn -B -Pbench -DskipTests verify}.
 */
public final class ServeLatency {

    private static final int WARM_UP = 5;
    private static final int SAVES = 30;

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("sigla-serve-bench-");
        Path memoir = Files.copy(Path.of("tei", "kamenev-octobre-1917.xml"), folder.resolve("kamenev-octobre-1917.xml"));
        String original = Files.readString(memoir);
        String word = "révolution";
        try (Preview preview = new Preview(new Sigla(), List.of(folder), Map.of())) {
            preview.update();
            try (PreviewServer server = new PreviewServer(preview, List.of(folder), InetAddress.getLoopbackAddress(), 0)) {
                HttpClient http = HttpClient.newHttpClient();
                LinkedBlockingQueue<String> events = new LinkedBlockingQueue<>();
                HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(URI.create(server.address() + "_sigla/events")).build(),
                        HttpResponse.BodyHandlers.ofInputStream());
                Thread reader = new Thread(() -> {
                    try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
                        for (String line; (line = lines.readLine()) != null; ) {
                            if (line.startsWith("data: ")) {
                                events.add(line.substring(6));
                            }
                        }
                    } catch (Exception e) {
                        // The server stopped.
                    }
                });
                reader.setDaemon(true);
                reader.start();
                HttpRequest page = HttpRequest.newBuilder(URI.create(server.address() + "kamenev-octobre-1917/index.html")).build();
                List<Double> millis = new ArrayList<>();
                for (int i = 0; i < WARM_UP + SAVES; i++) {
                    String changed = original.replaceFirst(word, word + " " + i);
                    events.clear();
                    long start = System.nanoTime();
                    Files.writeString(memoir, changed);
                    String event;
                    do {
                        event = events.poll(30, TimeUnit.SECONDS);
                    } while (event != null && !event.equals("kamenev-octobre-1917"));
                    if (event == null) {
                        throw new IllegalStateException("no reload came within 30 s");
                    }
                    String body = http.send(page, HttpResponse.BodyHandlers.ofString()).body();
                    long end = System.nanoTime();
                    if (!body.contains(word + " " + i)) {
                        throw new IllegalStateException("the reloaded page lacks the saved change");
                    }
                    if (i >= WARM_UP) {
                        millis.add((end - start) / 1e6);
                    }
                    Thread.sleep(200);
                }
                Collections.sort(millis);
                System.out.printf(Locale.ROOT, "sigla serve, the memoir, save to reloaded page (%d saves after %d to warm up): "
                        + "median %.0f ms, 90th percentile %.0f ms, max %.0f ms%n", SAVES, WARM_UP,
                        millis.get(millis.size() / 2), millis.get((int) (millis.size() * 0.9)), millis.get(millis.size() - 1));
            }
        }
    }
}
