package org.sigla.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/** Turns the SAX errors of a validator into {@link Problem}s, keeping going after each. */
final class ProblemCollector implements ErrorHandler {

    private final Path file;
    private final String rule;
    private final List<Problem> problems = new ArrayList<>();

    ProblemCollector(Path file, String rule) {
        this.file = file;
        this.rule = rule;
    }

    @Override
    public void warning(SAXParseException e) {
        add(e, Severity.WARNING);
    }

    @Override
    public void error(SAXParseException e) {
        add(e, Severity.ERROR);
    }

    @Override
    public void fatalError(SAXParseException e) {
        add(e, Severity.ERROR);
    }

    private void add(SAXParseException e, Severity severity) {
        problems.add(new Problem(Places.fileOf(e.getSystemId(), file), Math.max(e.getLineNumber(), 0), Math.max(e.getColumnNumber(), 0),
                severity, e.getMessage(), rule));
    }

    List<Problem> problems() {
        return problems;
    }
}
