package org.sigla.validate;

import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import org.sigla.Edition;

/**
 * Checks an edition against a RELAX NG schema, then against the Schematron rules.
 * Both are compiled once and shared across editions and threads.
 */
public final class Validator {

    private final Processor processor;
    private final RelaxNgSchema grammar;
    private final SchematronRules rules;

    public Validator(Processor processor, RelaxNgSchema grammar, SchematronRules rules) {
        this.processor = processor;
        this.grammar = grammar;
        this.rules = rules;
    }

    public Report check(Edition edition) {
        List<Problem> problems = new ArrayList<>(grammar.check(edition, processor));
        try {
            problems.addAll(rules.check(edition, processor));
        } catch (SaxonApiException e) {
            problems.add(new Problem(edition.file(), 0, 0, Severity.ERROR,
                    "the editorial rules could not be run: " + e.getMessage(), "schematron"));
        }
        return new Report(edition.file(), problems);
    }
}
