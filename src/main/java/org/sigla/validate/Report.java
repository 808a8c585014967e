package org.sigla.validate;

import java.nio.file.Path;
import java.util.List;

/** What checking one edition found. */
public record Report(Path file, List<Problem> problems) {

    public Report {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
    }

    public long count(Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }
}
