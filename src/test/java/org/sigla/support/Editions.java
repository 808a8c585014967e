package org.sigla.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sigla.Sigla;
import org.sigla.publish.Build;
import org.sigla.publish.BuildListener;
import org.sigla.validate.Problem;
import org.sigla.views.View;

/** The editions the tests read, and their views built once per test run. */
public final class Editions {

    public static final Path MEMOIR = Path.of("tei", "kamenev-octobre-1917.xml");
    public static final Path TEST_EDITIONS = Path.of("src", "test", "resources", "editions");
    public static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
    /** The TEI's own tei_all schema, beside the checkout (for checks only, never for the product). */
    public static final Path SHARED_TEI_ALL = Path.of("..", "shared", "schema", "tei_all.rng");
    public static final Path SHARED_SEED = Path.of("..", "shared", "seed", "000_06a81d4815cb25b8.txt");

    private static final Sigla SIGLA = new Sigla();
    private static final Map<Path, Path> BUILT = new ConcurrentHashMap<>();

    private Editions() {}

    public static Sigla sigla() {
        return SIGLA;
    }

    /** The memoir and every test edition. */
    public static List<Path> all() {
        try (var files = Files.list(TEST_EDITIONS)) {
            return java.util.stream.Stream.concat(java.util.stream.Stream.of(MEMOIR),
                    files.filter(f -> f.toString().endsWith(".xml")).sorted()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where to write a changed copy of the memoir so that it is still checked as the memoir is: a
     * file in {@code folder}, with the memoir's schemas copied beside it (its {@code <?xml-model?>}
     * names them by relative paths: its grammar, and its house rules).
     */
    public static Path memoirCopy(Path folder, String fileName) throws IOException {
        Path schemas = Files.createDirectories(folder.resolve("schema"));
        for (String schema : List.of("sigla.rng", "tei_all.rng", "memoir.sch")) {
            Files.copy(MEMOIR.resolveSibling("schema").resolve(schema), schemas.resolve(schema), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return folder.resolve(fileName);
    }

    public static Path testEdition(String name) {
        return TEST_EDITIONS.resolve(name + ".xml");
    }

    /** The folder holding every view of an edition, built once for the whole test run. */
    public static synchronized Path built(Path edition) {
        return BUILT.computeIfAbsent(edition, Editions::build);
    }

    /** One output folder for every edition, as a corpus build makes, so that a server can serve them all. */
    private static Path out;

    private static Path build(Path edition) {
        try {
            if (out == null) {
                out = Files.createTempDirectory("sigla-views-");
            }
            new Build(SIGLA, SIGLA.validator()).run(List.of(edition),
                    new Build.Options(out, View.built(), Map.of(), false), new BuildListener() {
                        @Override
                        public void problem(Problem problem) {
                            throw new AssertionError("test edition is not valid: " + problem);
                        }

                        @Override
                        public void warning(Path file, String message) {
                            throw new AssertionError("unexpected warning: " + file + ": " + message);
                        }

                        @Override
                        public void failed(Path file, String message) {
                            throw new AssertionError("a view failed: " + message);
                        }

                        @Override
                        public void built(Path file, Path folder) { }
                    });
            String name = edition.getFileName().toString().replaceFirst("\\.xml$", "");
            return out.resolve(name);
        } catch (Exception e) {
            throw new AssertionError("cannot build " + edition + ": " + e, e);
        }
    }

    /**
     * The HTML pages of an edition's built folder: index.html and apparatus.html always (a
     * missing one fails), source.html where the source reads differently somewhere, and
     * synopsis.html where there are witnesses.
     */
    public static List<Path> pages(Path folder) {
        for (String always : List.of("index.html", "apparatus.html")) {
            if (!Files.isRegularFile(folder.resolve(always))) {
                throw new AssertionError(folder + ": " + always + " was not written");
            }
        }
        return java.util.stream.Stream.of("index.html", "source.html", "apparatus.html", "synopsis.html")
                .map(folder::resolve).filter(Files::isRegularFile).toList();
    }
}
