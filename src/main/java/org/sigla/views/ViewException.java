package org.sigla.views;

/** A view that could not be rendered; the message names the edition, the view and the cause. */
public final class ViewException extends Exception {
    public ViewException(String message, Throwable cause) {
        super(message, cause);
    }
}
