package org.sigla.bench;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sigla.Sigla;
import org.sigla.browser.Browser;
import org.sigla.browser.EditionServer;
import org.sigla.publish.Build;
import org.sigla.publish.BuildListener;
import org.sigla.validate.Problem;
import org.sigla.views.View;

/**
 * The full-text search at scale, on ../shared/bench/drama-fra (20 plays of the French Drama
 * Corpus) and on it copied 5 and 10 times (100 and 200 plays: the same words, more pages, which
 * is how posting lists grow; a real corpus also adds words):
 * <ul>
 * <li>what the index adds to a build of every view: each configuration in its own JVM, with and
 *     without the search records ({@code -p search-records=}), in alternating order, median of 3;</li>
 * <li>the size of the index;</li>
 * <li>in Chromium, with an empty cache, on a loopback server: the bytes a query transfers (the
 *     search library's own script and WebAssembly counted apart) and the time from the query
 *     to its first results on screen (search.js marks both), median of 3.</li>
 * </ul>
 * Run with {@code mvn -B -Pbench -DskipTests verify}; the table goes to the console and target/bench/search.json.
 */
public final class SearchBenchmark {

    private static final Path PLAYS = Path.of("..", "shared", "bench", "drama-fra");
    private static final List<String> QUERIES = List.of("amour", "Colomb", "\"mon père\"", "xylophone");
    private static final int ROUNDS = 3;

    record Query(String words, int editions, double medianMs, long queryBytes, long libraryBytes) { }

    record Part(String name, int plays, long sourceBytes, long recordBytes, long indexBytes, long indexFiles, List<Query> queries) { }

    public static void main(String[] args) throws Exception {
        if (!Files.isDirectory(PLAYS)) {
            System.out.println("search benchmark skipped: " + PLAYS.toAbsolutePath() + " is missing");
            return;
        }
        Path work = Files.createDirectories(Path.of("target", "bench", "search"));
        double[] buildOverhead = "false".equals(System.getProperty("sigla.bench.builds")) ? new double[] {Double.NaN, Double.NaN} : buildOverhead(work);
        List<Part> parts = new ArrayList<>();
        ChromeDriver browser = Browser.start(1200, 900, true, false);
        try {
            for (int copies : new int[] {1, 5, 10}) {
                parts.add(part(work, copies, browser));
            }
        } finally {
            browser.quit();
        }
        StringBuilder table = new StringBuilder();
        table.append(String.format(Locale.ROOT, "Build of every view of the 20 plays: %.1f s with the search index, %.1f s without (+%.0f%%), median of %d, each in its own JVM%n",
                buildOverhead[0], buildOverhead[1], 100 * (buildOverhead[0] / buildOverhead[1] - 1), ROUNDS));
        table.append("| corpus | plays | TEI | records | index (files) | query | editions found | first results | query transfers | + library |\n");
        table.append("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Part part : parts) {
            for (Query query : part.queries()) {
                table.append(String.format(Locale.ROOT, "| %s | %d | %.1f MB | %.1f MB | %.1f MB (%d) | `%s` | %d | %.0f ms | %d KB | %d KB |%n",
                        part.name(), part.plays(), part.sourceBytes() / 1e6, part.recordBytes() / 1e6, part.indexBytes() / 1e6, part.indexFiles(),
                        query.words(), query.editions(), query.medianMs(), query.queryBytes() / 1024, query.libraryBytes() / 1024));
            }
        }
        System.out.println(table);
        StringBuilder json = new StringBuilder("{\"buildWithSearchSeconds\": " + buildOverhead[0] + ", \"buildWithoutSearchSeconds\": " + buildOverhead[1] + ", \"parts\": [");
        for (Part part : parts) {
            json.append(parts.indexOf(part) > 0 ? ", " : "").append(String.format(Locale.ROOT,
                    "{\"name\": \"%s\", \"plays\": %d, \"sourceBytes\": %d, \"recordBytes\": %d, \"indexBytes\": %d, \"indexFiles\": %d, \"queries\": [",
                    part.name(), part.plays(), part.sourceBytes(), part.recordBytes(), part.indexBytes(), part.indexFiles()));
            for (Query query : part.queries()) {
                json.append(part.queries().indexOf(query) > 0 ? ", " : "").append(String.format(Locale.ROOT,
                        "{\"words\": \"%s\", \"editions\": %d, \"medianMs\": %.1f, \"queryBytes\": %d, \"libraryBytes\": %d}",
                        query.words().replace("\"", "\\\""), query.editions(), query.medianMs(), query.queryBytes(), query.libraryBytes()));
            }
            json.append("]}");
        }
        Files.writeString(work.resolve("search.json"), json.append("]}\n").toString());
    }

    /** Seconds to build every view of the 20 plays with and without the search, each run a JVM of its own. */
    private static double[] buildOverhead(Path work) throws IOException, InterruptedException {
        List<Double> with = new ArrayList<>();
        List<Double> without = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            // Alternating which goes first, so that neither always runs on a cooler machine.
            boolean searchFirst = round % 2 == 0;
            for (boolean search : searchFirst ? new boolean[] {true, false} : new boolean[] {false, true}) {
                (search ? with : without).add(timedBuild(work.resolve("build-" + round + (search ? "-search" : "-plain")), search));
            }
        }
        return new double[] {median(with), median(without)};
    }

    private static double timedBuild(Path out, boolean search) throws IOException, InterruptedException {
        delete(out);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss8m", "-Xmx2g",
                "-cp", System.getProperty("java.class.path"), "org.sigla.cli.SiglaCommand", "build", "--force", "--quiet", "-o", out.toString()));
        if (!search) {
            command.addAll(List.of("-p", "search-records="));
        }
        command.add(PLAYS.toString());
        long start = System.nanoTime();
        Process build = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile()).start();
        if (build.waitFor() != 0) {
            throw new IOException("the build failed: see " + out + ".log");
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The plays copied {@code copies} times, their web editions built with the index, and the queries asked of it. */
    private static Part part(Path work, int copies, ChromeDriver browser) throws Exception {
        Path corpus = Files.createDirectories(work.resolve("corpus-" + copies));
        List<Path> sources = new ArrayList<>();
        long sourceBytes = 0;
        try (Stream<Path> plays = Files.list(PLAYS)) {
            for (Path play : plays.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                for (int copy = 0; copy < copies; copy++) {
                    Path target = corpus.resolve(play.getFileName().toString().replace(".xml", copies == 1 ? ".xml" : "-" + copy + ".xml"));
                    Files.copy(play, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    sources.add(target);
                    sourceBytes += Files.size(target);
                }
            }
        }
        Path out = work.resolve("out-" + copies);
        delete(out);
        Sigla sigla = new Sigla();
        new Build(sigla, sigla.validator()).run(sources, new Build.Options(out, EnumSet.of(View.HTML), Map.of(), true, 2, false), new BuildListener() {
            @Override public void problem(Problem problem) { }
            @Override public void warning(Path file, String message) { }
            @Override public void failed(Path file, String message) { throw new IllegalStateException(message); }
            @Override public void built(Path file, Path folder) { }
        });
        long recordBytes = 0;
        try (Stream<Path> files = Files.walk(out)) {
            recordBytes = files.filter(f -> f.getParent().getFileName().toString().equals("search") && Files.isRegularFile(f))
                    .mapToLong(SearchBenchmark::size).sum();
        }
        long indexBytes;
        long indexFiles;
        try (Stream<Path> files = Files.walk(out.resolve("pagefind"))) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            indexBytes = all.stream().mapToLong(SearchBenchmark::size).sum();
            indexFiles = all.size();
        }
        List<Query> queries = new ArrayList<>();
        try (EditionServer server = new EditionServer(out)) {
            for (String words : QUERIES) {
                queries.add(ask(browser, server, words));
            }
        }
        return new Part(copies == 1 ? "drama-fra" : "drama-fra × " + copies, sources.size(), sourceBytes, recordBytes, indexBytes, indexFiles, queries);
    }

    /** One query, each time with an empty cache: its time to first results, and what it fetched. */
    private static Query ask(ChromeDriver browser, EditionServer server, String words) {
        List<Double> times = new ArrayList<>();
        long queryBytes = 0;
        long libraryBytes = 0;
        int editions = 0;
        for (int round = 0; round < ROUNDS; round++) {
            browser.executeCdpCommand("Network.clearBrowserCache", Map.of());
            server.served().take();
            browser.get(server.url("search.html?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)));
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(driver ->
                    (Boolean) ((ChromeDriver) driver).executeScript("return performance.getEntriesByName('sigla-results').length > 0"));
            times.add(((Number) browser.executeScript(
                    "return performance.getEntriesByName('sigla-results')[0].startTime - performance.getEntriesByName('sigla-search')[0].startTime")).doubleValue());
            // Counted by the server, which also sees what Pagefind's web worker fetches; the search page itself aside.
            queryBytes = 0;
            libraryBytes = 0;
            for (Map.Entry<String, Long> file : server.served().take().entrySet()) {
                String name = file.getKey();
                if (name.endsWith("/pagefind.js") || name.endsWith(".pagefind") || name.endsWith("pagefind-worker.js")) {
                    libraryBytes += file.getValue();
                } else if (!name.endsWith("/search.html")) {
                    queryBytes += file.getValue();
                }
            }
            java.util.regex.Matcher found = java.util.regex.Pattern.compile(" in (\\d+) edition").matcher(browser.findElement(By.id("search-status")).getText());
            editions = found.find() ? Integer.parseInt(found.group(1)) : 0;
        }
        return new Query(words, editions, median(times), queryBytes, libraryBytes);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void delete(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
