package org.sigla.cli;

/** The exit codes of every sigla command, as README documents them. */
final class ExitCode {
    /** Everything valid, everything built. */
    static final int OK = 0;
    /** An edition is invalid or not well-formed (and was not built). */
    static final int INVALID = 1;
    /** Unusable arguments, or a file that cannot be read. */
    static final int USAGE = 2;
    /** A view of an edition failed (the rest was built and published), or the build itself could not run. */
    static final int FAILED = 3;

    private ExitCode() {}
}
