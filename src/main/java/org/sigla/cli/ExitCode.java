package org.sigla.cli;

/** The exit codes of every sigla command, as README documents them. */
final class ExitCode {
    /** Everything valid, everything built. */
    static final int OK = 0;
    /** An edition is invalid or not well-formed (and was not built). */
    static final int INVALID = 1;
    /** Unusable arguments, or a file that cannot be read. */
    static final int USAGE = 2;
    /** The build itself failed (a view or the output folder); earlier output is untouched. */
    static final int FAILED = 3;

    private ExitCode() {}
}
