package org.sigla.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.sigla.Sigla;
import org.sigla.collate.CollationException;
import org.sigla.collate.Collator;
import org.sigla.collate.Regularization;

/**
 * Sigla's stylesheets against the peer's, per corpus part, each configuration in a JVM of its
 * own ({@link StylesheetRun}) with the same warm-up (at least 3 passes and 4 seconds, so that a
 * part of one letter is as warm as a part of twenty plays), in an order that changes from round
 * to round (a JVM that ran one stylesheet first runs the next one differently). Each run gives its
 * best pass; the table gives, per part and configuration, the median of the rounds and their
 * spread (highest less lowest), and the ratios the targets are about.
 *
 * <p>The last recorded results are {@code docs/bench.csv}. A run whose median is slower than
 * the recorded one by more than the larger of the two spreads, on any part, says so in its last
 * line. {@code -Dsigla.bench.record=true} records the run (the parts it measured; the others stay
 * as recorded); {@code -Dsigla.bench.rounds=N} (3 by
 * default); {@code -Dsigla.bench.parts=drama,prose} measures only those. Run with
 * {@code mvn -B -Pbench -DskipTests verify}.
 */
public final class FairBenchmark {

    static final Path RECORD = Path.of("docs", "bench.csv");
    private static final List<String> PART_ORDER = List.of("prose", "drama", "drama-fra", "letters", "commentary", "apparatus", "inscriptions");
    static final List<String> CONFIGURATIONS = List.of("identity", "sigla-html", "sigla-views", "sigla-text", "peer-html", "peer-text");
    private static final int WARM_UPS = 3;
    private static final int PASSES = 5;
    /** Every configuration warms up this long at least, whatever the size of the part. */
    private static final double WARM_UP_SECONDS = 4;

    /** The parts of the public corpus, by the kind of edition: each is measured, and judged, on its own. */
    static Map<String, Path> parts(Path work) throws IOException {
        Map<String, Path> parts = new LinkedHashMap<>();
        Path shared = Path.of("..", "shared");
        parts.put("prose", shared.resolve("corpus/novels-fra"));
        parts.put("drama", shared.resolve("corpus/drama-deu"));
        parts.put("drama-fra", shared.resolve("bench/drama-fra"));
        parts.put("letters", shared.resolve("projects/teipublisher/letters"));
        // A transcription of one print, with its page and column breaks: no apparatus.
        parts.put("commentary", shared.resolve("corpus/scholastic-apparatus"));
        parts.put("apparatus", collatedFlorilegium(shared.resolve("collation/florilegium"), work.resolve("apparatus")));
        parts.put("inscriptions", shared.resolve("corpus/epigraphy"));
        return parts;
    }

    /**
     * A critical edition of many witnesses: the 13 witnesses of the Greek florilegium in
     * ../shared/collation, collated by Sigla as an editor would (base A), into a folder of its own.
     * The folder stays empty where the florilegium is missing.
     */
    private static Path collatedFlorilegium(Path florilegium, Path folder) throws IOException {
        Files.createDirectories(folder);
        Path edition = folder.resolve("florilegium.xml");
        if (Files.isDirectory(florilegium) && !Files.isRegularFile(edition)) {
            List<Collator.Source> witnesses = new ArrayList<>();
            for (String siglum : List.of("A", "B", "C", "D", "E", "F", "G", "H", "K", "P", "Q", "S", "T")) {
                witnesses.add(new Collator.Source(siglum, florilegium.resolve(siglum + ".txt")));
            }
            try {
                Files.writeString(edition, new Collator(new Sigla()).collate(witnesses, new Collator.Options("A", new Regularization(), "grc")));
            } catch (CollationException e) {
                throw new IOException(e.getMessage(), e);
            }
        }
        return folder;
    }

    record Result(String part, String configuration, double median, double spread) { }

    public static void main(String[] args) throws Exception {
        if (!Files.isDirectory(PeerStylesheets.HOME)) {
            System.out.println("fair benchmark skipped: " + PeerStylesheets.HOME.toAbsolutePath() + " is missing");
            return;
        }
        int rounds = Integer.getInteger("sigla.bench.rounds", 3);
        Path work = Files.createDirectories(Path.of("target", "bench", "fair"));
        List<Result> results = new ArrayList<>();
        List<String> only = List.of(System.getProperty("sigla.bench.parts", "").split(",")).stream().filter(p -> !p.isBlank()).toList();
        for (Map.Entry<String, Path> part : parts(work).entrySet()) {
            if (!only.isEmpty() && !only.contains(part.getKey())) {
                continue;
            }
            if (!Files.isDirectory(part.getValue())) {
                System.out.println(part.getKey() + ": " + part.getValue() + " is missing");
                continue;
            }
            // The probe's lines are the files the peer handles, among the peer's own warnings.
            List<String> files = run(work, "probe", 0, 0, editions(part.getValue())).stream().filter(line -> line.endsWith(".xml"))
                    .filter(line -> Files.isRegularFile(Path.of(line))).toList();
            if (files.isEmpty()) {
                System.out.println(part.getKey() + ": no file here that the peer can show");
                continue;
            }
            Map<String, List<Double>> times = new LinkedHashMap<>();
            for (int round = 0; round < rounds; round++) {
                List<String> order = new ArrayList<>(CONFIGURATIONS);
                Collections.rotate(order, round);
                if (round % 2 == 1) {
                    Collections.reverse(order);
                }
                for (String configuration : order) {
                    List<String> seconds = run(work, configuration, WARM_UPS, PASSES, files);
                    double best = seconds.stream().filter(s -> s.startsWith("seconds:")).findFirst().map(s -> Stream.of(s.substring(8).trim().split(" "))
                            .mapToDouble(Double::parseDouble).min().orElseThrow()).orElseThrow(() -> new IOException(configuration + " gave no time: " + seconds));
                    times.computeIfAbsent(configuration, c -> new ArrayList<>()).add(best);
                }
            }
            for (String configuration : CONFIGURATIONS) {
                List<Double> sorted = times.get(configuration).stream().sorted().toList();
                results.add(new Result(part.getKey() + " (" + files.size() + ")", configuration, sorted.get(sorted.size() / 2),
                        sorted.get(sorted.size() - 1) - sorted.get(0)));
            }
        }
        System.out.println(table(results));
        List<Result> recorded = Files.isRegularFile(RECORD) ? read(RECORD) : List.of();
        Files.writeString(work.resolve("bench.csv"), csv(results));
        if (Boolean.getBoolean("sigla.bench.record")) {
            List<Result> merged = merged(recorded, results);
            Files.writeString(RECORD, csv(merged));
            if (merged.size() > results.size()) {
                System.out.println("Recorded, with the parts not run this time as they were:\n" + table(merged));
            }
        }
        System.out.println(verdict(results, recorded));
    }

    /** The editions of a folder: its .xml files, in order. */
    static List<String> editions(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> file.toString().endsWith(".xml")).sorted().map(Path::toString).toList();
        }
    }

    /** One configuration in a JVM of its own: what it printed. */
    private static List<String> run(Path work, String configuration, int warmUps, int passes, List<String> files)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xss8m", "-Xmx2g",
                "-cp", System.getProperty("java.class.path"), StylesheetRun.class.getName(), configuration, String.valueOf(warmUps),
                String.valueOf(passes), String.valueOf(warmUps == 0 ? 0 : WARM_UP_SECONDS), work.resolve("out").toString()));
        command.addAll(files);
        Path log = work.resolve(configuration + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (process.waitFor() != 0) {
            throw new IOException(configuration + " failed: see " + log);
        }
        return Files.readAllLines(log);
    }

    static String table(List<Result> results) {
        StringBuilder table = new StringBuilder("| part (files) |");
        CONFIGURATIONS.forEach(configuration -> table.append(' ').append(configuration).append(" (ms) |"));
        table.append(" peer html ÷ Sigla html | peer html ÷ Sigla's views | peer text ÷ Sigla text |\n|");
        table.append(" --- |".repeat(CONFIGURATIONS.size() + 4)).append('\n');
        Map<String, Map<String, Result>> byPart = new LinkedHashMap<>();
        results.forEach(result -> byPart.computeIfAbsent(result.part(), p -> new LinkedHashMap<>()).put(result.configuration(), result));
        for (Map.Entry<String, Map<String, Result>> part : byPart.entrySet()) {
            Map<String, Result> row = part.getValue();
            table.append("| ").append(part.getKey()).append(" |");
            for (String configuration : CONFIGURATIONS) {
                Result result = row.get(configuration);
                table.append(String.format(Locale.ROOT, " %.1f ± %.1f |", result.median() * 1000, result.spread() * 1000 / 2));
            }
            table.append(String.format(Locale.ROOT, " %.2f× | %.2f× | %.2f× |%n",
                    row.get("peer-html").median() / row.get("sigla-html").median(),
                    row.get("peer-html").median() / row.get("sigla-views").median(),
                    row.get("peer-text").median() / row.get("sigla-text").median()));
        }
        return table.toString();
    }

    /** The record after this run: its parts as measured now, the others as recorded, in the order of the parts. */
    static List<Result> merged(List<Result> recorded, List<Result> results) {
        java.util.Set<String> run = new java.util.HashSet<>(results.stream().map(result -> partName(result.part())).toList());
        Map<String, List<Result>> byPart = new LinkedHashMap<>();
        for (String part : PART_ORDER) {
            byPart.put(part, new ArrayList<>());
        }
        recorded.stream().filter(result -> !run.contains(partName(result.part())))
                .forEach(result -> byPart.computeIfAbsent(partName(result.part()), p -> new ArrayList<>()).add(result));
        results.forEach(result -> byPart.computeIfAbsent(partName(result.part()), p -> new ArrayList<>()).add(result));
        return byPart.values().stream().flatMap(List::stream).toList();
    }

    /** "drama" of "drama (12)". */
    private static String partName(String part) {
        return part.replaceFirst(" \\(\\d+\\)$", "");
    }

    static String csv(List<Result> results) {
        StringBuilder csv = new StringBuilder("part,configuration,median_ms,spread_ms\n");
        for (Result result : results) {
            csv.append(String.format(Locale.ROOT, "%s,%s,%.2f,%.2f%n", result.part(), result.configuration(), result.median() * 1000, result.spread() * 1000));
        }
        return csv.toString();
    }

    static List<Result> read(Path csv) throws IOException {
        return Files.readAllLines(csv).stream().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(","))
                .map(cells -> new Result(cells[0], cells[1], Double.parseDouble(cells[2]) / 1000, Double.parseDouble(cells[3]) / 1000)).toList();
    }

    /**
     * The last line: every part and configuration of Sigla slower than recorded by more than the
     * larger spread, or that none is.
     */
    static String verdict(List<Result> results, List<Result> recorded) {
        if (recorded.isEmpty()) {
            return "No recorded results to compare with (" + RECORD + "): -Dsigla.bench.record=true records this run.";
        }
        List<String> slower = new ArrayList<>();
        for (Result result : results) {
            if (!result.configuration().startsWith("sigla")) {
                continue;
            }
            for (Result before : recorded) {
                if (before.part().equals(result.part()) && before.configuration().equals(result.configuration())
                        && result.median() - before.median() > Math.max(result.spread(), before.spread())) {
                    slower.add(String.format(Locale.ROOT, "%s %s %.1f ms against %.1f ms", result.part(), result.configuration(),
                            result.median() * 1000, before.median() * 1000));
                }
            }
        }
        return slower.isEmpty() ? "No part is slower than recorded in " + RECORD + "."
                : "SLOWER than recorded in " + RECORD + ": " + String.join("; ", slower);
    }
}
