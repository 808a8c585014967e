package org.sigla.validate;

import java.nio.file.Path;
import java.util.List;

/**
 * What checking one edition found: one problem per mistake, and the further findings of the
 * same mistakes (other rules that tripped on it), shown only on request.
 */
public record Report(Path file, List<Problem> problems, List<Problem> alsoFound) {

    public Report {
        problems = List.copyOf(problems);
        alsoFound = List.copyOf(alsoFound);
    }

    public Report(Path file, List<Problem> problems) {
        this(file, problems, List.of());
    }

    public boolean isValid() {
        return problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
    }

    public long count(Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }
}
