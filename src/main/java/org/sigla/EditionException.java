package org.sigla;

import org.sigla.validate.Problem;

/**
 * An edition that could not be read: the file is missing or unreadable, or is not
 * well-formed XML. Carries the problem in the editor's one-line form.
 */
public final class EditionException extends Exception {

    private final Problem problem;
    private final boolean unreadable;

    EditionException(Problem problem, boolean unreadable, Throwable cause) {
        super(problem.toString(), cause);
        this.problem = problem;
        this.unreadable = unreadable;
    }

    public Problem problem() {
        return problem;
    }

    /** True when the file could not be opened at all, rather than being malformed. */
    public boolean isUnreadable() {
        return unreadable;
    }
}
