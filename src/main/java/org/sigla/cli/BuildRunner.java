package org.sigla.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sigla.Sigla;
import org.sigla.SourceFiles;
import org.sigla.publish.Build;
import org.sigla.publish.BuildSummary;
import org.sigla.publish.OutputRefusedException;
import org.sigla.validate.SchemaException;
import org.sigla.views.View;
import org.sigla.views.ViewException;
import picocli.CommandLine.Option;

/**
 * The options and the run shared by {@code build} and the one-view commands: they differ
 * only in the views they ask for.
 */
final class BuildRunner {

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", defaultValue = "out",
            description = "Output folder; each edition gets a folder in it (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--force", description = "Build editions even if they are invalid (and say so), and write into an output"
            + " folder that Sigla did not make or that holds a source.")
    boolean force;

    @Option(names = "--fop-config", paramLabel = "FILE",
            description = "A FOP configuration for the print edition, to embed TrueType or OpenType fonts (Greek, Cyrillic…).")
    Path fopConfig;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Editions built at once (default: every core, ${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--catalog", paramLabel = "FILE", description = "An OASIS XML catalog mapping the schemas editions name"
            + " (remote addresses) to local copies; Sigla never fetches them. Repeatable.")
    List<Path> catalogs = new java.util.ArrayList<>();

    @Option(names = "--clean", description = "Rebuild every edition, even those unchanged since the last build.")
    boolean clean;

    @Option(names = {"-q", "--quiet"}, description = "Print only problems and the summary: no progress bar, no line per edition.")
    boolean quiet;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "A stylesheet parameter (see README), for instance -p width=60 or -p reading=source.")
    Map<String, String> parameters = new HashMap<>();

    int run(List<Path> sources, Set<View> views, PrintWriter out, PrintWriter err) throws IOException {
        Sigla sigla = new Sigla();
        sigla.projectFolders(sources);
        if (fopConfig != null) {
            if (!Files.isReadable(fopConfig)) {
                err.println(fopConfig + ": error: the FOP configuration cannot be read [file]");
                return ExitCode.USAGE;
            }
            sigla.views().setPrintConfiguration(fopConfig);
        }
        Build build;
        try {
            build = new Build(sigla, sigla.validator(null, catalogs));
        } catch (SchemaException e) {
            err.println("sigla: error: " + SiglaCommand.oneLine(e));
            return ExitCode.FAILED;
        }
        List<Path> files = SourceFiles.expand(sources);
        Progress.Mode mode = quiet ? Progress.Mode.QUIET : System.console() != null ? Progress.Mode.BAR : Progress.Mode.LINES;
        Progress progress = new Progress(out, err, mode, files.size());
        BuildSummary summary;
        try {
            summary = build.run(files, new Build.Options(output, views, parameters, force, jobs, clean), progress);
        } catch (OutputRefusedException e) {
            progress.end();
            err.println(e.getMessage());
            return ExitCode.USAGE;
        } catch (ViewException e) {
            progress.end();
            err.println(SiglaCommand.oneLine(e));
            err.println("sigla: the build stopped; the earlier output is untouched");
            return ExitCode.FAILED;
        } finally {
            out.flush();
            err.flush();
        }
        progress.end();
        out.printf(Locale.ROOT, "%d %s: %d built, %d invalid, %d unchanged, %d unreadable, %d failed, in %.1f s%s%n", summary.files(),
                summary.files() == 1 ? "file" : "files", summary.built(), summary.invalid(), summary.skipped(), summary.unreadable(),
                summary.failed(), summary.seconds(), summary.forced() > 0 ? " (" + summary.forced() + " invalid built with --force)" : "");
        out.flush();
        if (summary.unreadable() > 0) {
            return ExitCode.USAGE;
        }
        if (summary.failed() > 0) {
            return ExitCode.FAILED;
        }
        return summary.succeeded() ? ExitCode.OK : ExitCode.INVALID;
    }

    /** With no edition named: the editions in ./tei, else in the tei folder of Sigla's own checkout. */
    static List<Path> defaultSources() {
        Path here = Path.of("tei");
        if (Files.isDirectory(here)) {
            return List.of(here);
        }
        String home = System.getenv("SIGLA_HOME");
        return home == null ? List.of(here) : List.of(Path.of(home, "tei"));
    }
}
