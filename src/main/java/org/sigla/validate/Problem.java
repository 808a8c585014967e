package org.sigla.validate;

import java.nio.file.Path;

/**
 * One thing wrong with an edition, where it is and which rule found it.
 *
 * @param file   the edition
 * @param line   1-based line, or 0 when the place is not known
 * @param column 1-based column, or 0 when the place is not known
 * @param rule   the rule's id (a Schematron id, {@code rng} or {@code xml}); never null
 */
public record Problem(Path file, int line, int column, Severity severity, String message, String rule) {

    /** The editor's one-line form: {@code file:line:col: error: message [rule]}. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder().append(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        return out.append(": ").append(severity.label()).append(": ").append(message)
                .append(" [").append(rule).append(']').toString();
    }
}
