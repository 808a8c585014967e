package org.sigla.support;

import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs from the machine (a program, or {@code ../shared} beside the checkout):
 * outside CI a machine without it skips the test and says why; in CI ({@code CI=true}, which
 * {@code .ci/run} sets itself) it must be there, and its absence fails the test.
 */
public final class Needs {

    private Needs() {}

    public static boolean inCi() {
        return "true".equals(System.getenv("CI"));
    }

    /** Skips (outside CI) or fails (in CI) unless {@code present}. */
    public static void present(boolean present, String what) {
        if (present) {
            return;
        }
        if (inCi()) {
            throw new AssertionError(what + " is missing, and CI must have it");
        }
        Assumptions.abort(what + " is missing: skipped outside CI (CI=true makes this a failure)");
    }
}
