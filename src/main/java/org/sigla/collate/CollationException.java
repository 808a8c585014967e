package org.sigla.collate;

/** A witness or a table that cannot be collated; the message is one line for the editor, with its file. */
public final class CollationException extends Exception {
    public CollationException(String message) {
        super(message);
    }
}
