package org.sigla.publish;

import java.nio.file.Path;
import java.util.List;
import org.sigla.validate.Problem;

/** A build's failures and built editions, collected for a test; a problem of validation is not expected. */
record CollectingListener(List<String> failures, List<Path> built) implements BuildListener {

    @Override
    public synchronized void problem(Problem problem) {
        throw new AssertionError("the test editions are valid: " + problem);
    }

    @Override
    public void warning(Path edition, String message) { }

    @Override
    public synchronized void failed(Path edition, String message) {
        failures.add(message);
    }

    @Override
    public synchronized void built(Path edition, Path folder) {
        built.add(edition);
    }
}
