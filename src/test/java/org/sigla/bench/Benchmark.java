package org.sigla.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.DoubleAdder;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;
import org.sigla.Edition;
import org.sigla.Sigla;
import org.sigla.views.View;

/**
 * Sigla's build of the HTML, text and apparatus views against the processor's own bound:
 * Saxon-HE parsing each file and serializing it unchanged, in the same JVM with the same
 * threads. Beside them, the floor: Sigla's parse and the serialization of its own result
 * trees, made beforehand and not counted (see {@link WriteFloor}), which is what the build
 * would cost if its stylesheets computed nothing. Writes a table to the console and
 * target/bench/results.json.
 *
 * <p>Run with {@code mvn -B -Pbench -DskipTests verify} (a JVM with a 2 GiB heap).
 */
public final class Benchmark {

    private static final Set<View> VIEWS = EnumSet.of(View.HTML, View.TEXT, View.APPARATUS_HTML, View.APPARATUS_TEXT);

    /** {@code floorSeconds} is NaN where the floor was not measured. */
    record Row(String input, int files, long bytes, double boundSeconds, double floorSeconds, double siglaSeconds, long peakHeapBytes,
               long liveHeapBytes, Peer peer) {
        double ratio() {
            return siglaSeconds / boundSeconds;
        }

        double floorRatio() {
            return floorSeconds / boundSeconds;
        }
    }

    /**
     * The TEI Stylesheets beside Sigla, on the files both handle ({@code files} of them): the
     * peer's HTML and text against Sigla's web view and text view alone, and all of Sigla's views.
     */
    record Peer(int files, double peerHtml, double siglaHtml, double peerText, double siglaText, double siglaAll) {
        static final Peer NONE = new Peer(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    private static final long PEER_LIMIT_BYTES = 20_000_000;

    private final Sigla sigla = new Sigla();
    private PeerStylesheets peer;
    private final WriteFloor writeFloor;
    private final int threads = Runtime.getRuntime().availableProcessors();
    private final Path work;

    private Benchmark(Path work) throws Exception {
        this.work = work;
        this.writeFloor = new WriteFloor(sigla.processor());
    }

    public static void main(String[] args) throws Exception {
        Path work = Files.createDirectories(Path.of("target", "bench"));
        new Benchmark(work).run();
    }

    private void run() throws Exception {
        peer = PeerStylesheets.load(sigla.processor());
        List<Row> rows = new ArrayList<>();
        rows.add(measure("memoir", List.of(Path.of("tei", "kamenev-octobre-1917.xml")), 5, true));
        List<Row> scaled = new ArrayList<>();
        for (int scale : new int[] {1, 10, 100, 1000}) {
            Path file = work.resolve("synthetic-" + scale + ".xml");
            SyntheticEdition.write(file, scale, 1917);
            // The floor holds a whole edition's result trees in memory at once: not within 2 GiB at 1000x.
            Row row = measure("synthetic " + scale + "x", List.of(file), scale >= 100 ? 1 : 5, scale < 1000);
            scaled.add(row);
            rows.add(row);
        }
        Path corpus = Files.createDirectories(work.resolve("corpus"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            Path file = corpus.resolve(String.format("edition-%04d.xml", i));
            SyntheticEdition.write(file, 1, i);
            files.add(file);
        }
        rows.add(measure("corpus of 1000", files, 1, true));
        Path shared = Path.of("..", "shared", "corpus");
        if (Files.isDirectory(shared)) {
            rows.add(measure("shared corpus", org.sigla.SourceFiles.expand(List.of(shared)), 3, true));
        }
        double exponent = exponent(scaled);
        print(rows, exponent);
        writeJson(work.resolve("results.json"), rows, exponent);
    }

    /** The best of {@code repeats} runs of Sigla's build (more of the cheaper bound and floor), after one run to warm the JIT up. */
    private Row measure(String input, List<Path> files, int repeats, boolean withFloor) throws Exception {
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        Path out = Files.createDirectories(work.resolve("out").resolve(input.replace(' ', '-')));
        bound(files, out);
        double bound = Double.MAX_VALUE;
        // The bound is cheap and, on one large file, noisy by a third from one try to the next: always the best of five.
        for (int i = 0; i < Math.max(repeats, 5); i++) {
            bound = Math.min(bound, bound(files, out));
        }
        double floor = Double.NaN;
        if (withFloor) {
            floor(files, out);
            floor = Double.MAX_VALUE;
            // At least three tries: one try of a large edition may pay for the collection of what its transformation left.
            for (int i = 0; i < Math.max(repeats, 3); i++) {
                floor = Math.min(floor, floor(files, out));
            }
        }
        build(files, out);
        double build = Double.MAX_VALUE;
        HeapSampler heap = HeapSampler.start();
        try {
            for (int i = 0; i < repeats; i++) {
                build = Math.min(build, build(files, out));
            }
        } finally {
            heap.stop();
        }
        return new Row(input, files.size(), bytes, bound, floor, build, heap.peak(), heap.livePeak(), peer(files, out, repeats));
    }

    /** The peer and Sigla's single views, each the best of {@code repeats} after a run that warms it up. */
    private Peer peer(List<Path> files, Path out, int repeats) throws Exception {
        long bytes = 0;
        for (Path file : files) {
            bytes += Files.size(file);
        }
        // Above 20 MB the peer takes minutes a run: its side of the table stays empty there.
        if (peer == null || bytes > PEER_LIMIT_BYTES) {
            return Peer.NONE;
        }
        Path peerOut = Files.createDirectories(out.resolve("peer"));
        List<Path> both = peer.handled(files, sigla, peerOut);
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
        List<Task> tasks = List.of(
            file -> peer.html(sigla.read(file), peerOut),
            file -> render(file, out, EnumSet.of(View.HTML)),
            file -> peer.text(sigla.read(file), peerOut),
            file -> render(file, out, EnumSet.of(View.TEXT)),
            file -> render(file, out, VIEWS));
        for (int t = 0; t < tasks.size(); t++) {
            timed(both, tasks.get(t));
            for (int i = 0; i < repeats; i++) {
                best[t] = Math.min(best[t], timed(both, tasks.get(t)));
            }
        }
        return new Peer(both.size(), best[0], best[1], best[2], best[3], best[4]);
    }

    private void render(Path file, Path out, Set<View> views) throws Exception {
        Edition edition = sigla.read(file);
        sigla.views().render(views, edition, Files.createDirectories(out.resolve(edition.name())), Map.of());
    }

    /**
     * The largest heap in use while Sigla builds, sampled every 10 ms (after a collection before
     * it starts), and the largest heap left after a collection: what the build holds, rather
     * than what the collector let pile up below the JVM's maximum.
     */
    private static final class HeapSampler implements Runnable, javax.management.NotificationListener {
        private volatile boolean running = true;
        private volatile long peak;
        private volatile long livePeak;
        private final Thread thread = new Thread(this, "heap-sampler");

        static HeapSampler start() {
            System.gc();
            HeapSampler sampler = new HeapSampler();
            for (var collector : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
                if (collector instanceof javax.management.NotificationEmitter emitter) {
                    emitter.addNotificationListener(sampler, null, null);
                }
            }
            sampler.thread.setDaemon(true);
            sampler.thread.start();
            return sampler;
        }

        @Override
        public void run() {
            Runtime runtime = Runtime.getRuntime();
            while (running) {
                peak = Math.max(peak, runtime.totalMemory() - runtime.freeMemory());
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        @Override
        public synchronized void handleNotification(javax.management.Notification notification, Object handback) {
            if (running && com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                var info = com.sun.management.GarbageCollectionNotificationInfo.from(
                        (javax.management.openmbean.CompositeData) notification.getUserData());
                long after = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                        .filter(pool -> !pool.getKey().contains("Metaspace") && !pool.getKey().contains("CodeHeap")
                                && !pool.getKey().contains("Compressed Class"))
                        .mapToLong(pool -> pool.getValue().getUsed()).sum();
                livePeak = Math.max(livePeak, after);
            }
        }

        void stop() throws Exception {
            running = false;
            thread.join();
            for (var collector : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
                if (collector instanceof javax.management.NotificationEmitter emitter) {
                    emitter.removeNotificationListener(this);
                }
            }
        }

        long peak() {
            return peak;
        }

        /** The largest heap after a collection; 0 where no collection ran while Sigla built. */
        long livePeak() {
            return livePeak;
        }
    }

    /** Saxon parses each file and writes it back unchanged. */
    private double bound(List<Path> files, Path out) throws Exception {
        return timed(files, file -> {
            DocumentBuilder builder = sigla.processor().newDocumentBuilder();
            XdmNode document = builder.build(file.toFile());
            Serializer serializer = sigla.processor().newSerializer(out.resolve("identity-" + file.getFileName()).toFile());
            sigla.processor().writeXdmValue(document, serializer);
        });
    }

    /**
     * Sigla's build with its transformation for free: each file parsed as Sigla parses it, its
     * views made (not counted) and serialized. The times of the files are summed and spread
     * over the threads.
     */
    private double floor(List<Path> files, Path out) throws Exception {
        DoubleAdder seconds = new DoubleAdder();
        timed(files, file -> {
            long start = System.nanoTime();
            Edition edition = sigla.read(file);
            seconds.add((System.nanoTime() - start) / 1e9);
            seconds.add(writeFloor.seconds(edition, Files.createDirectories(out.resolve("floor").resolve(edition.name()))));
        });
        return seconds.sum() / Math.min(threads, files.size());
    }

    /** Sigla parses each file once and renders its HTML, text and apparatus views. */
    private double build(List<Path> files, Path out) throws Exception {
        return timed(files, file -> {
            Edition edition = sigla.read(file);
            Path folder = Files.createDirectories(out.resolve(edition.name()));
            sigla.views().render(VIEWS, edition, folder, Map.of());
        });
    }

    interface Task {
        void run(Path file) throws Exception;
    }

    private double timed(List<Path> files, Task task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (Path file : files) {
                done.add(pool.submit(() -> {
                    task.run(file);
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The slope of log(time) against log(size) over the scaled editions: 1.0 is linear. */
    static double exponent(List<Row> rows) {
        double[] x = rows.stream().mapToDouble(r -> Math.log(r.bytes())).toArray();
        double[] y = rows.stream().mapToDouble(r -> Math.log(r.siglaSeconds())).toArray();
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        return sxy / sxx;
    }

    private void print(List<Row> rows, double exponent) {
        System.out.printf(Locale.ROOT, "%n%-18s %6s %10s %10s %10s %7s %10s %7s %10s %10s%n", "input", "files", "MB", "bound s",
                "floor s", "floor", "sigla s", "ratio", "peak MB", "live MB");
        for (Row row : rows) {
            System.out.printf(Locale.ROOT, "%-18s %6d %10.1f %10.3f %10.3f %7.2f %10.3f %7.2f %10.0f %10.0f%n", row.input(), row.files(),
                    row.bytes() / 1e6, row.boundSeconds(), row.floorSeconds(), row.floorRatio(), row.siglaSeconds(), row.ratio(),
                    row.peakHeapBytes() / 1e6, row.liveHeapBytes() / 1e6);
        }
        System.out.printf(Locale.ROOT, "time ~ size^%.2f over the synthetic editions (1.0 is linear); %d threads; max heap %.0f MB%n",
                exponent, threads, Runtime.getRuntime().maxMemory() / 1e6);
        System.out.printf(Locale.ROOT, "%n%-18s %6s %10s %10s %7s %10s %10s %7s %10s %7s %7s%n", "input", "files", "peer html", "sigla web",
                "faster", "peer text", "sigla txt", "faster", "sigla all", "vs peer", "/floor");
        for (Row row : rows) {
            Peer p = row.peer();
            System.out.printf(Locale.ROOT, "%-18s %6d %10.3f %10.3f %7.2f %10.3f %10.3f %7.2f %10.3f %7.2f %7.2f%n", row.input(), p.files(),
                    p.peerHtml(), p.siglaHtml(), p.peerHtml() / p.siglaHtml(), p.peerText(), p.siglaText(), p.peerText() / p.siglaText(),
                    p.siglaAll(), p.peerHtml() / p.siglaAll(), row.siglaSeconds() / row.floorSeconds());
        }
    }

    private void writeJson(Path file, List<Row> rows, double exponent) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.format(Locale.ROOT, "{\"threads\": %d, \"maxHeapBytes\": %d, \"exponent\": %.3f, \"rows\": [%n",
                    threads, Runtime.getRuntime().maxMemory(), exponent));
            for (int i = 0; i < rows.size(); i++) {
                Row row = rows.get(i);
                out.write(String.format(Locale.ROOT, "  {\"input\": \"%s\", \"files\": %d, \"bytes\": %d, \"boundSeconds\": %.4f, "
                        + "\"floorSeconds\": %s, \"floorRatio\": %s, \"siglaSeconds\": %.4f, \"ratio\": %.3f, \"peakHeapBytes\": %d, \"liveHeapBytes\": %d, "
                        + "\"peer\": {\"files\": %d, \"peerHtml\": %s, \"siglaHtml\": %s, \"peerText\": %s, \"siglaText\": %s, \"siglaAll\": %s}}%s%n",
                        row.input(), row.files(), row.bytes(), row.boundSeconds(), json(row.floorSeconds()), json(row.floorRatio()),
                        row.siglaSeconds(), row.ratio(), row.peakHeapBytes(), row.liveHeapBytes(), row.peer().files(), json(row.peer().peerHtml()),
                        json(row.peer().siglaHtml()), json(row.peer().peerText()), json(row.peer().siglaText()), json(row.peer().siglaAll()),
                        i < rows.size() - 1 ? "," : ""));
            }
            out.write("]}\n");
        }
    }

    /** JSON has no NaN: a floor not measured is null. */
    private static String json(double value) {
        return Double.isNaN(value) ? "null" : String.format(Locale.ROOT, "%.4f", value);
    }
}
