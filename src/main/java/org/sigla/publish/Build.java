package org.sigla.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sigla.Edition;
import org.sigla.EditionException;
import org.sigla.Sigla;
import org.sigla.search.Pagefind;
import org.sigla.search.SearchIndex;
import org.sigla.validate.Problem;
import org.sigla.validate.Report;
import org.sigla.validate.Validator;
import org.sigla.views.Failure;
import org.sigla.views.Renderer;
import org.sigla.views.Rendering;
import org.sigla.views.View;
import org.sigla.views.ViewException;
import org.sigla.views.Views;

/**
 * Builds the views of editions into an output folder: each source is parsed once,
 * validated, rendered into a staging folder and moved into place when complete. Editions
 * are built in parallel, sharing the compiled stylesheets; an edition whose source and
 * settings have not changed since the last build is left as it is.
 */
public final class Build {

    /**
     * @param output     the output folder; each edition gets a folder named after its file
     * @param views      the views to render
     * @param parameters stylesheet parameters, passed to every view
     * @param force      build invalid editions anyway, and write into an output folder Sigla did not make
     * @param threads    how many editions are built at once
     * @param clean      rebuild every edition, changed or not
     * @param prune      forget the editions of the output folder that are not among the sources, and remove their folders
     *                   (a live preview whose source was deleted); a build otherwise leaves them be
     */
    public record Options(Path output, Set<View> views, Map<String, String> parameters, boolean force, int threads,
                          boolean clean, boolean prune) {
        public Options {
            views = Set.copyOf(views);
            parameters = Map.copyOf(parameters);
            threads = Math.max(1, threads);
        }

        public Options(Path output, Set<View> views, Map<String, String> parameters, boolean force, int threads,
                       boolean clean) {
            this(output, views, parameters, force, threads, clean, false);
        }

        /** One thread, incremental: what a single edition needs. */
        public Options(Path output, Set<View> views, Map<String, String> parameters, boolean force) {
            this(output, views, parameters, force, 1, false, false);
        }
    }

    /**
     * Above this size a build leaves out the print edition: FOP lays a page sequence out in
     * memory, and a PDF of tens of thousands of pages is nobody's print edition. Asked for
     * alone ({@code sigla pdf}), it is typeset whatever the size.
     */
    static final long PRINT_LIMIT_BYTES = 20_000_000;

    private enum Outcome { BUILT, FORCED, SKIPPED, INVALID, UNREADABLE, FAILED }

    private final Sigla sigla;
    private final Validator validator;
    private final Renderer renderer;
    private final Optional<Pagefind> searchProgram;
    /** The folder in the output where page images made for the web are kept between builds. */
    static final String IMAGE_CACHE = ".sigla-images";

    public Build(Sigla sigla, Validator validator) {
        this(sigla, validator, sigla.views());
    }

    /** With another renderer than Sigla's views: one that wraps them, say, to watch or to fail them on purpose. */
    public Build(Sigla sigla, Validator validator, Renderer renderer) {
        this(sigla, validator, renderer, Pagefind.find());
    }

    /** With the search index made by this Pagefind, or with none. */
    public Build(Sigla sigla, Validator validator, Renderer renderer, Optional<Pagefind> searchProgram) {
        this.sigla = sigla;
        this.validator = validator;
        this.renderer = renderer;
        this.searchProgram = searchProgram;
    }

    public BuildSummary run(List<Path> sources, Options options, BuildListener listener)
            throws IOException, ViewException, OutputRefusedException {
        long start = System.nanoTime();
        BuildListener report = new SynchronizedListener(listener);
        Map<Outcome, Integer> counts = new LinkedHashMap<>();
        int partsOfOthers = 0;
        try (OutputFolder output = OutputFolder.open(options.output(), sources, options.force())) {
            Manifest manifest = options.clean() ? new Manifest() : Manifest.read(options.output());
            // Page images are converted and cut once, and kept beside the output for the next build.
            sigla.views().setImageCache(output.root().resolve(IMAGE_CACHE));
            ExecutorService pool = Executors.newFixedThreadPool(options.threads());
            try {
                Project project;
                try {
                    project = Project.of(sigla, validator, sources, pool, report);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("the build was interrupted", e);
                }
                project.registerFiles().forEach(register -> counts.merge(Outcome.BUILT, 1, Integer::sum));
                // A file another includes is counted with it, not as a file of its own.
                partsOfOthers = sources.size() - project.editions().size() - project.registerFiles().size();
                List<Path> editions = project.editions();
                Map<Path, String> names = names(editions);
                // The editions' pages link to the corpus-wide indexes and depend on the registers: both are settings of theirs.
                Map<String, String> parameters = new java.util.HashMap<>(options.parameters());
                parameters.putIfAbsent("corpus-indexes", "../");
                // The full-text search: each web edition writes its records and gets a search box; the index is made last.
                Pagefind pagefind = search(options, report);
                if (pagefind != null) {
                    parameters.putIfAbsent(SEARCH_RECORDS, SearchIndex.RECORDS);
                    parameters.putIfAbsent("search-page", "../" + Views.SEARCH_PAGE);
                }
                Options withProject = new Options(options.output(), options.views(), parameters, options.force(), options.threads(),
                        options.clean(), options.prune());
                Map<String, String> fingerprinted = new java.util.HashMap<>(parameters);
                fingerprinted.put(" registers", project.fingerprint());
                Map<View, String> settings = new EnumMap<>(View.class);
                for (View view : options.views()) {
                    settings.put(view, Fingerprint.settings(view, fingerprinted));
                }
                List<Future<Outcome>> outcomes = new ArrayList<>();
                for (Path source : editions) {
                    outcomes.add(pool.submit(() -> buildOne(source, names.get(source), settings, withProject, output, manifest, project, report)));
                }
                try {
                    for (Future<Outcome> outcome : outcomes) {
                        counts.merge(outcome.get(), 1, Integer::sum);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("the build was interrupted", e);
                } catch (ExecutionException e) {
                    pool.shutdownNow();
                    throw rethrow(e.getCause());
                }
                if (options.prune()) {
                    for (String gone : manifest.namesOtherThan(Set.copyOf(names.values()))) {
                        manifest.remove(gone);
                        output.unpublish(gone);
                    }
                }
                Path manifestFile = manifest.write(options.output(), output.staging());
                output.publishFiles(Views::isCorpusPage, folder -> sigla.views().renderCorpusPages(manifestFile, project.registers(),
                        pagefind == null ? List.of() : searchIndex(pagefind, output.root(), folder, options.output(), report), folder));
            } finally {
                pool.shutdown();
            }
        }
        return new BuildSummary(sources.size() - partsOfOthers, counts.getOrDefault(Outcome.BUILT, 0) + counts.getOrDefault(Outcome.FORCED, 0),
                counts.getOrDefault(Outcome.INVALID, 0), counts.getOrDefault(Outcome.UNREADABLE, 0),
                counts.getOrDefault(Outcome.FORCED, 0), counts.getOrDefault(Outcome.SKIPPED, 0),
                counts.getOrDefault(Outcome.FAILED, 0), (System.nanoTime() - start) / 1e9);
    }

    /**
     * One edition: the views asked for that are not current are rendered and published beside
     * the ones that are. Whatever goes wrong with this edition is told and counted here, so
     * that the other editions of the build go on.
     */
    private Outcome buildOne(Path source, String name, Map<View, String> settings, Options options, OutputFolder output,
                             Manifest manifest, Project project, BuildListener listener) throws IOException, ViewException {
        try {
            Manifest.Entry last = manifest.get(name);
            String sourceHash = Files.isRegularFile(source) && Files.isReadable(source)
                    ? Fingerprint.of(source, last == null ? List.of() : last.included().stream().map(Path::of).toList()) : "";
            Set<View> wanted = EnumSet.noneOf(View.class);
            wanted.addAll(options.views());
            boolean tooLongToPrint = options.views().size() > 1 && Files.isRegularFile(source) && Files.size(source) > PRINT_LIMIT_BYTES;
            if (tooLongToPrint) {
                wanted.remove(View.PDF);
            }
            Set<View> due = EnumSet.noneOf(View.class);
            for (View view : wanted) {
                if (options.clean() || !manifest.isCurrent(name, view.id(), sourceHash, settings.get(view), options.output())) {
                    due.add(view);
                }
            }
            if (due.isEmpty() && !wanted.isEmpty()) {
                listener.skipped(source);
                return Outcome.SKIPPED;
            }
            Edition edition;
            try {
                edition = sigla.read(source).withRegisters(project.registers());
            } catch (EditionException e) {
                listener.problem(e.problem());
                manifest.remove(name);
                return e.isUnreadable() ? Outcome.UNREADABLE : Outcome.INVALID;
            }
            Report report = validator.check(edition);
            report.problems().forEach(listener::problem);
            boolean forced = false;
            if (!report.isValid()) {
                if (!options.force()) {
                    listener.warning(source, "not built: the edition is invalid (--force builds it anyway)");
                    manifest.remove(name);
                    return Outcome.INVALID;
                }
                listener.warning(source, "built although invalid, as --force asked");
                forced = true;
            }
            if (tooLongToPrint && options.views().contains(View.PDF)) {
                listener.warning(source, "warning: no print edition: at " + Files.size(source) / 1_000_000
                        + " MB the edition would be tens of thousands of pages; 'sigla pdf' typesets it anyway [print-size]");
            }
            Path folder = output.stage(name);
            Map<String, String> parameters = new java.util.HashMap<>(options.parameters());
            parameters.put("edition-name", name);
            Rendering rendering = renderer.render(due, edition, folder, parameters);
            rendering.warnings().forEach(warning -> listener.warning(source, warning));
            rendering.failures().values().forEach(failure -> listener.failed(source, failure));
            // What the edition was built from: its file, the files its inclusions read and the page images its pages show.
            List<Path> read = java.util.stream.Stream.concat(edition.included().stream(), rendering.read().stream()).distinct().toList();
            String builtHash = Fingerprint.of(source, read);

            Manifest.Entry previous = manifest.get(name);
            Map<String, Manifest.ViewRecord> records = new TreeMap<>(previous == null ? Map.of() : previous.views());
            Set<String> replaced = new HashSet<>();
            Set<View> renderedOrDropped = EnumSet.copyOf(due);
            if (tooLongToPrint) {
                renderedOrDropped.add(View.PDF);
            }
            for (View view : renderedOrDropped) {
                replaced.addAll(view.written(options.parameters()));
                Manifest.ViewRecord old = records.remove(view.id());
                if (old != null) {
                    replaced.addAll(old.files());
                }
            }
            for (View view : due) {
                String failure = rendering.failures().get(view);
                records.put(view.id(), new Manifest.ViewRecord(view.id(),
                        failure == null ? existing(folder, view.files(options.parameters())) : List.of(),
                        builtHash, settings.get(view), failure));
            }
            output.publish(name, replaced);
            EditionInfo info = EditionInfo.of(sigla.processor(), edition);
            manifest.put(new Manifest.Entry(name, source.toString(), info, read.stream().map(Path::toString).toList(), records));
            if (!rendering.failures().isEmpty()) {
                return Outcome.FAILED;
            }
            listener.built(source, options.output().resolve(name));
            return forced ? Outcome.FORCED : Outcome.BUILT;
        } catch (RuntimeException | StackOverflowError e) {
            // A fault of Sigla's own on this edition (a Saxon or FOP error no view foresaw): told, not fatal to the others.
            listener.failed(source, source + ": error: the edition could not be built: " + Failure.cause(e) + " [build]");
            return Outcome.FAILED;
        } finally {
            listener.finished(source);
        }
    }

    /** The stylesheet parameter that has web editions write their search records, and where. */
    public static final String SEARCH_RECORDS = "search-records";

    /**
     * Pagefind, which indexes the search records of the output folder after every build (one
     * that renders no web edition keeps the index of those there), unless {@code -p search-records=}
     * turned the records off. Where Pagefind is not installed, a build of web editions says so
     * and goes on without search.
     */
    private Pagefind search(Options options, BuildListener listener) {
        if ("".equals(options.parameters().get(SEARCH_RECORDS))) {
            return null;
        }
        if (searchProgram.isEmpty() && options.views().contains(View.HTML)) {
            listener.warning(options.output(), options.output() + ": warning: no search page: Pagefind is not installed"
                    + " (run 'npm ci' in Sigla's folder, or name the program with -D" + Pagefind.PROPERTY + ") [search]");
        }
        return searchProgram.orElse(null);
    }

    /** The search index of the editions in place, and its languages; none, with a warning, where Pagefind fails. */
    private static List<String> searchIndex(Pagefind pagefind, Path root, Path folder, Path output, BuildListener listener) {
        try {
            return SearchIndex.write(pagefind, root, folder);
        } catch (IOException e) {
            listener.warning(output, output + ": warning: no search page: the index could not be made: " + e.getMessage() + " [search]");
            return List.of();
        }
    }

    private static List<String> existing(Path folder, List<String> files) {
        return files.stream().filter(file -> Files.isRegularFile(folder.resolve(file))).toList();
    }

    /** Folder names for the editions: the file name, made unique by its folder where two files share it. */
    public static Map<Path, String> names(List<Path> sources) {
        Map<String, Integer> seen = new java.util.HashMap<>();
        // The search index has the folder of its name at the root: no edition takes it.
        seen.put(SearchIndex.INDEX, 1);
        for (Path source : sources) {
            seen.merge(base(source), 1, Integer::sum);
        }
        Map<Path, String> names = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>(Set.of(SearchIndex.INDEX));
        for (Path source : sources) {
            String name = base(source);
            if (seen.get(name) > 1 && source.toAbsolutePath().getParent() != null) {
                name = source.toAbsolutePath().getParent().getFileName() + "-" + name;
            }
            String unique = name;
            for (int i = 2; !taken.add(unique); i++) {
                unique = name + "-" + i;
            }
            names.put(source, unique);
        }
        return names;
    }

    private static String base(Path source) {
        String file = source.getFileName().toString();
        return file.endsWith(".xml") ? file.substring(0, file.length() - 4) : file;
    }

    private static RuntimeException rethrow(Throwable cause) throws IOException, ViewException {
        if (cause instanceof IOException io) {
            throw io;
        }
        if (cause instanceof ViewException view) {
            throw view;
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        throw new IllegalStateException(cause);
    }

    /** Listener calls from the build threads, one at a time, so that lines never interleave. */
    private record SynchronizedListener(BuildListener listener) implements BuildListener {
        @Override
        public synchronized void problem(Problem problem) {
            listener.problem(problem);
        }

        @Override
        public synchronized void warning(Path edition, String message) {
            listener.warning(edition, message);
        }

        @Override
        public synchronized void failed(Path edition, String message) {
            listener.failed(edition, message);
        }

        @Override
        public synchronized void built(Path edition, Path folder) {
            listener.built(edition, folder);
        }

        @Override
        public synchronized void skipped(Path edition) {
            listener.skipped(edition);
        }

        @Override
        public synchronized void included(Path source) {
            listener.included(source);
        }

        @Override
        public synchronized void finished(Path edition) {
            listener.finished(edition);
        }
    }
}
