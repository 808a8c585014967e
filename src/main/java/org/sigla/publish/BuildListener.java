package org.sigla.publish;

import java.nio.file.Path;
import org.sigla.validate.Problem;

/** What a build tells as it goes: the command line prints it, a test collects it. Calls come one at a time. */
public interface BuildListener {

    /** A problem found while reading or validating an edition. */
    void problem(Problem problem);

    /** A warning from a view (an element it has no rendering for, say), or a note about the build. */
    void warning(Path edition, String message);

    /**
     * A view of an edition failed (or the whole edition, by a fault of Sigla's own); the message
     * is one line for the editor. The edition's other views are published all the same.
     */
    void failed(Path edition, String message);

    /** An edition's views are in place in {@code folder}. */
    void built(Path edition, Path folder);

    /** An edition was left as it is: neither it nor the settings changed since it was built. */
    default void skipped(Path edition) { }

    /** A source is part of another, which includes it (xi:include): it is built with that one, not as an edition. */
    default void included(Path source) { }

    /** An edition is done with, whatever came of it. */
    default void finished(Path edition) { }
}
