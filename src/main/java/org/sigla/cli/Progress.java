package org.sigla.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.sigla.publish.BuildListener;
import org.sigla.validate.Problem;

/**
 * What a build prints as it goes: on a terminal a progress bar (files done, files per
 * second, time left) above the problems; elsewhere one plain line per edition; with
 * --quiet only the problems.
 */
final class Progress implements BuildListener {

    enum Mode { BAR, LINES, QUIET }

    private final PrintWriter out;
    private final PrintWriter err;
    private final Mode mode;
    private final int total;
    private final long start = System.nanoTime();
    private int done;
    private boolean barShown;

    Progress(PrintWriter out, PrintWriter err, Mode mode, int total) {
        this.out = out;
        this.err = err;
        this.mode = mode;
        this.total = total;
    }

    @Override
    public void problem(Problem problem) {
        clearBar();
        err.println(problem);
        err.flush();
    }

    @Override
    public void warning(Path edition, String message) {
        clearBar();
        // A warning that names its own place (file:line:col, in an included file perhaps) is printed as it is.
        err.println(message.matches("(?s)\\S+:\\d+:\\d+: warning: .*") ? message
                : edition + ": " + (message.startsWith("warning: ") ? message : "warning: " + message));
        err.flush();
    }

    @Override
    public void failed(Path edition, String message) {
        clearBar();
        err.println(message);
        err.flush();
    }

    @Override
    public void built(Path edition, Path folder) {
        if (mode == Mode.LINES) {
            out.println(edition + ": built in " + folder);
        }
    }

    @Override
    public void skipped(Path edition) {
        if (mode == Mode.LINES) {
            out.println(edition + ": unchanged, left as it was");
        }
    }

    @Override
    public void finished(Path edition) {
        done++;
        if (mode == Mode.BAR) {
            double seconds = (System.nanoTime() - start) / 1e9;
            double rate = done / Math.max(seconds, 1e-3);
            int width = 30;
            int filled = total == 0 ? width : width * done / total;
            out.printf(Locale.ROOT, "\r[%s%s] %d/%d files, %.1f files/s, %s left ", "#".repeat(filled), " ".repeat(width - filled),
                    done, total, rate, duration((total - done) / Math.max(rate, 1e-3)));
            out.flush();
            barShown = true;
        } else {
            out.flush();
        }
    }

    /** The bar's line is rewritten in place; a message first takes it off the screen. */
    private void clearBar() {
        if (barShown) {
            out.print("\r" + " ".repeat(79) + "\r");
            out.flush();
            barShown = false;
        }
    }

    void end() {
        if (barShown) {
            out.println();
        }
        out.flush();
    }

    private static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 60 ? (s / 60) + " min " + (s % 60) + " s" : s + " s";
    }
}
