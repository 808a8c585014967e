package org.sigla.validate;

/** How much a problem matters: an error makes an edition invalid, a warning does not. */
public enum Severity {
    ERROR, WARNING;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
