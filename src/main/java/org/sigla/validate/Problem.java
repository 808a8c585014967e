package org.sigla.validate;

import java.nio.file.Path;

/**
 * One thing wrong with an edition, where it is and which rule found it.
 *
 * @param file      the edition
 * @param line      1-based line, or 0 when the place is not known
 * @param column    1-based column, or 0 when the place is not known
 * @param rule      the rule's id (a Schematron id, {@code rng} or {@code xml}); never null
 * @param reference the TEI Guidelines page of the element the problem is about, or null
 * @param detail    the checker's own full wording where the message shortens it (every name it expected), or null
 * @param source    the schema or rules that found it (an address the edition names, or Sigla's name for its own), or null
 */
public record Problem(Path file, int line, int column, Severity severity, String message, String rule, String reference,
                      String detail, String source) {

    public Problem(Path file, int line, int column, Severity severity, String message, String rule) {
        this(file, line, column, severity, message, rule, null, null, null);
    }

    Problem with(int newLine, int newColumn, String newMessage, String newReference, String newDetail) {
        return new Problem(file, newLine, newColumn, severity, newMessage, rule, newReference, newDetail, source);
    }

    /** The same problem in another file: an element an xi:include brought into the edition. */
    Problem in(Path newFile) {
        return new Problem(newFile, line, column, severity, message, rule, reference, detail, source);
    }

    /** The same problem, found by this schema or these rules. */
    Problem from(String newSource) {
        return new Problem(file, line, column, severity, message, rule, reference, detail, newSource);
    }

    /** The same problem as a warning: found by a schema put in place of one the edition names. */
    Problem asWarning() {
        return new Problem(file, line, column, Severity.WARNING, message, rule, reference, detail, source);
    }

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
