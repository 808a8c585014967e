package org.sigla.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.sigla.Sigla;
import org.sigla.SourceFiles;
import org.sigla.publish.Build;
import org.sigla.publish.BuildListener;
import org.sigla.publish.BuildSummary;
import org.sigla.publish.OutputRefusedException;
import org.sigla.validate.Problem;
import org.sigla.validate.Severity;
import org.sigla.views.View;
import org.sigla.views.ViewException;

/**
 * Keeps a folder of built editions current with their sources, for a live preview: the same
 * build as {@code sigla build}, run again (incrementally, so only what changed is rendered)
 * whenever a source changes, one build at a time. An invalid edition keeps its last good
 * rendering; what is wrong with it is kept for the page to show. The print edition is made
 * only when asked for.
 */
public final class Preview implements AutoCloseable {

    /** What the views of a preview are: all but print, which is typeset on request. */
    static final Set<View> VIEWS = EnumSet.of(View.HTML, View.SYNOPSIS, View.TEXT, View.APPARATUS_HTML, View.APPARATUS_TEXT);

    /** What the last build said of an edition, in the words of {@code sigla validate} and {@code sigla build}. */
    public record Status(String name, Path source, List<String> errors, List<String> warnings) {
        public Status {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }
    }

    private final Sigla sigla;
    private final Build build;
    private final List<Path> roots;
    private final Map<String, String> parameters;
    private final Path output;
    /** One build at a time, in order: a preview's builds share one output folder. */
    private final ExecutorService builder = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "sigla-preview-build");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> starts = new CopyOnWriteArrayList<>();
    private volatile Map<String, Status> statuses = Map.of();

    public Preview(Sigla sigla, List<Path> roots, Map<String, String> parameters) throws IOException {
        this(sigla, roots, parameters, List.of());
    }

    /** @param catalogs the editor's OASIS catalogs, mapping the schemas editions name to local copies */
    public Preview(Sigla sigla, List<Path> roots, Map<String, String> parameters, List<Path> catalogs) throws IOException {
        this.sigla = sigla;
        try {
            this.build = new Build(sigla, sigla.validator(null, catalogs));
        } catch (org.sigla.validate.SchemaException e) {
            throw new IOException(e.getMessage(), e);
        }
        this.roots = List.copyOf(roots);
        sigla.projectFolders(roots);
        this.parameters = Map.copyOf(parameters);
        this.output = Files.createTempDirectory("sigla-serve-");
    }

    /** The folder the preview builds into and the server serves. */
    public Path output() {
        return output;
    }

    /** Called after each build with the name of each edition whose pages changed, and "" for the home page. */
    public void onChange(Consumer<String> listener) {
        listeners.add(listener);
    }

    /** Called as each build begins (a page of the preview may say that one is under way). */
    public void onBuildStart(Runnable listener) {
        starts.add(listener);
    }

    /** What the last build said of each edition, by name. */
    public Map<String, Status> statuses() {
        return statuses;
    }

    /** Builds every edition of the sources (as they are now) that is not current; waits for it. */
    public BuildSummary update() throws IOException {
        try {
            return builder.submit(this::buildNow).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the preview was stopped", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause().getMessage(), e.getCause());
        }
    }

    /** Asks for a build, without waiting; calls that arrive while one runs are served by the next. */
    public void requestUpdate() {
        builder.submit(() -> {
            try {
                buildNow();
            } catch (IOException e) {
                statuses = Map.of("", new Status("", null, List.of("sigla: error: " + e.getMessage()), List.of()));
                listeners.forEach(listener -> listener.accept(""));
            }
            return null;
        });
    }

    /** The print edition of an edition, typeset now if it is not current; null when the edition is unknown or it failed. */
    public Path pdf(String name) throws IOException {
        Status status = statuses.get(name);
        if (status == null || status.source() == null) {
            return null;
        }
        try {
            return builder.submit(() -> {
                Collector collector = new Collector();
                build.run(List.of(status.source()), options(EnumSet.of(View.PDF), false), collector);
                Path pdf = output.resolve(name).resolve(View.PDF.primaryFile());
                return collector.failures.isEmpty() && Files.isRegularFile(pdf) ? pdf : null;
            }).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the preview was stopped", e);
        } catch (ExecutionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        }
    }

    private BuildSummary buildNow() throws IOException {
        starts.forEach(Runnable::run);
        List<Path> sources = SourceFiles.expand(roots).stream().filter(Files::exists).toList();
        Map<Path, String> names = Build.names(sources);
        Map<String, Status> collected = new LinkedHashMap<>();
        Collector collector = new Collector();
        BuildSummary summary;
        try {
            summary = build.run(sources, options(VIEWS, true), collector);
        } catch (OutputRefusedException | ViewException e) {
            throw new IOException(e.getMessage(), e);
        }
        Map<String, Status> before = statuses;
        List<String> changed = new ArrayList<>();
        for (Path source : sources) {
            if (collector.included.contains(source)) {
                continue;
            }
            String name = names.get(source);
            Said said = collector.said.get(source);
            Status status;
            if (said == null || collector.skipped.contains(source)) {
                // Unchanged since the last build: what that build said still holds.
                Status old = before.get(name);
                status = old != null ? old : new Status(name, source, List.of(), List.of());
            } else {
                status = new Status(name, source, said.errors(), said.warnings());
                changed.add(name);
            }
            collected.put(name, status);
        }
        boolean listChanged = !collected.keySet().equals(before.keySet());
        statuses = Map.copyOf(collected);
        if (!changed.isEmpty() || listChanged) {
            changed.add("");
        }
        for (String name : changed) {
            listeners.forEach(listener -> listener.accept(name));
        }
        return summary;
    }

    private Build.Options options(Set<View> views, boolean prune) {
        return new Build.Options(output, views, parameters, false, Math.max(1, Runtime.getRuntime().availableProcessors()), false, prune);
    }

    /** Stops building and removes the preview's folder. */
    @Override
    public void close() throws IOException {
        builder.shutdownNow();
        if (Files.exists(output)) {
            try (var walk = Files.walk(output)) {
                for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    /** What a build said of one edition. */
    private record Said(List<String> errors, List<String> warnings) {
        Said() {
            this(new ArrayList<>(), new ArrayList<>());
        }
    }

    /** What a build says of each edition: errors (problems, failures) and warnings, as lines. */
    private static final class Collector implements BuildListener {
        private final Map<Path, Said> said = new LinkedHashMap<>();
        private final List<String> failures = new ArrayList<>();
        private final Set<Path> skipped = new java.util.HashSet<>();
        private final Set<Path> included = new java.util.HashSet<>();

        private Said of(Path edition) {
            return said.computeIfAbsent(edition, e -> new Said());
        }

        @Override
        public synchronized void problem(Problem problem) {
            Said of = of(problem.file());
            (problem.severity() == Severity.ERROR ? of.errors() : of.warnings()).add(problem.toString());
        }

        @Override
        public synchronized void warning(Path edition, String message) {
            // That an invalid edition is not built is what the page's overlay says already.
            if (!message.startsWith("not built:")) {
                of(edition).warnings().add(edition + ": " + (message.startsWith("warning: ") ? message : "warning: " + message));
            }
        }

        @Override
        public synchronized void failed(Path edition, String message) {
            of(edition).errors().add(message);
            failures.add(message);
        }

        @Override
        public synchronized void built(Path edition, Path folder) {
            of(edition);
        }

        @Override
        public synchronized void skipped(Path edition) {
            skipped.add(edition);
        }

        @Override
        public synchronized void included(Path source) {
            included.add(source);
        }
    }
}
