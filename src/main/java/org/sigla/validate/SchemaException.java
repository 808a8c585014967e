package org.sigla.validate;

/** A schema (RELAX NG or Schematron) that cannot be read or compiled. */
public final class SchemaException extends Exception {
    public SchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
