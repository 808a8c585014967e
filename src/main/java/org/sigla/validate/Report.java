package org.sigla.validate;

import java.nio.file.Path;
import java.util.List;

/**
 * What checking one edition found: one problem per mistake, the further findings of the
 * same mistakes (other rules that tripped on it), shown only on request, and notes on what
 * was checked in place of what (a schema the edition names that could not be read).
 */
public record Report(Path file, List<Problem> problems, List<Problem> alsoFound, List<String> notes) {

    public Report {
        problems = List.copyOf(problems);
        alsoFound = List.copyOf(alsoFound);
        notes = List.copyOf(notes);
    }

    public Report(Path file, List<Problem> problems) {
        this(file, problems, List.of(), List.of());
    }

    public boolean isValid() {
        return problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
    }

    public long count(Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }
}
