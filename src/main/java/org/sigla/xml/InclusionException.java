package org.sigla.xml;

/**
 * An {@code xi:include} that could not be resolved, at the include's own place. A refusal
 * (a loop, a file outside the project, an address on the network) is never excused by the
 * include's fallback; a missing file or pointer is.
 */
public final class InclusionException extends Exception {

    private final String systemId;
    private final int line;
    private final int column;
    private final boolean refusal;

    InclusionException(String systemId, int line, int column, String message) {
        this(systemId, line, column, message, false);
    }

    private InclusionException(String systemId, int line, int column, String message, boolean refusal) {
        super(message);
        this.systemId = systemId;
        this.line = line;
        this.column = column;
        this.refusal = refusal;
    }

    InclusionException asRefusal() {
        return new InclusionException(systemId, line, column, getMessage(), true);
    }

    boolean isRefusal() {
        return refusal;
    }

    /** The address of the file holding the include. */
    public String systemId() {
        return systemId;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }
}
