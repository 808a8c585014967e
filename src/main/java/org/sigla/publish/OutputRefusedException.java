package org.sigla.publish;

/** An output folder where a build could overwrite files that are not Sigla's: nothing was written. */
public final class OutputRefusedException extends Exception {
    public OutputRefusedException(String message) {
        super(message);
    }
}
