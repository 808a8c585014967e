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
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.XsltExecutable;

/**
 * Where the time of the web view goes: copies of {@code xslt/}, each with one part of the view
 * switched off, run side by side on the same files in one JVM, one pass of each in turn, many
 * rounds. Not the benchmark ({@link FairBenchmark} measures each stylesheet alone, against the
 * peer): a profile, whose differences between copies hold to a few percent where figures taken
 * in separate JVMs on this shared machine move by ten.
 *
 * <p>Usage: {@code SideBySide <rounds> <copy>,<copy>… <file or folder>…}, each copy a folder holding
 * an {@code xslt/} folder (the first is usually the unchanged one), a folder standing for its
 * {@code .xml} files; {@code -Dsigla.side.stylesheet=text.xsl} measures another view. Prints, per
 * copy, the median and the least of the rounds after the first two, in milliseconds.
 */
public final class SideBySide {

    private static final int WARM_ROUNDS = 2;
    /** The view measured, in xslt/: the web view unless -Dsigla.side.stylesheet says another. */
    private static final String STYLESHEET = System.getProperty("sigla.side.stylesheet", "html.xsl");
    /** Each copy's turn in a round: its best pass of at least 4, and of at least this long (a letter is a millisecond). */
    private static final int PASSES_PER_ROUND = 4;
    private static final long TURN_NANOS = 300_000_000L;

    /** The files measured when none are named: the 20 French plays of the benchmark. */
    private static final Path DEFAULT_FILES = Path.of("..", "shared", "bench", "drama-fra");

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        List<Path> files = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            if (args[i].isBlank()) {
                continue;
            }
            Path file = Path.of(args[i]);
            if (Files.isDirectory(file)) {
                files.addAll(editions(file));
            } else {
                files.add(file);
            }
        }
        if (files.isEmpty()) {
            files.addAll(editions(DEFAULT_FILES));
        }
        Processor processor = new Processor(false);
        Map<String, XsltExecutable> copies = new LinkedHashMap<>();
        for (String copy : args[1].split(",")) {
            copies.put(copy, StylesheetRun.compile(processor, Path.of(copy, "xslt", STYLESHEET).toString()));
        }
        // The web view as one page, as FairBenchmark's sigla-html runs it.
        Map<QName, XdmValue> parameters = STYLESHEET.equals("html.xsl") ? Map.of(new QName("source-page"), new XdmAtomicValue("")) : Map.of();
        Path out = Files.createDirectories(Path.of("target", "bench", "side-by-side"));
        Map<String, List<Double>> times = new LinkedHashMap<>();
        for (int round = 0; round < WARM_ROUNDS + rounds; round++) {
            for (Map.Entry<String, XsltExecutable> copy : copies.entrySet()) {
                long best = Long.MAX_VALUE;
                long turnEnds = System.nanoTime() + TURN_NANOS;
                for (int pass = 0; pass < PASSES_PER_ROUND || System.nanoTime() < turnEnds; pass++) {
                    long start = System.nanoTime();
                    for (Path file : files) {
                        StylesheetRun.transform(processor, copy.getValue(), file, out.resolve(file.getFileName() + ".out"), parameters);
                    }
                    best = Math.min(best, System.nanoTime() - start);
                }
                if (round >= WARM_ROUNDS) {
                    times.computeIfAbsent(copy.getKey(), c -> new ArrayList<>()).add(best / 1e6);
                }
            }
        }
        times.forEach((copy, milliseconds) -> {
            List<Double> sorted = new ArrayList<>(milliseconds);
            Collections.sort(sorted);
            System.out.println(String.format(Locale.ROOT, "%-24s median %7.1f ms   least %7.1f ms", copy, sorted.get(sorted.size() / 2), sorted.get(0)));
        });
    }

    private static List<Path> editions(Path folder) throws IOException {
        return FairBenchmark.editions(folder).stream().map(Path::of).toList();
    }
}
