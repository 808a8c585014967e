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
        List<Problem> found = new ArrayList<>(grammar.check(edition, processor));
        try {
            found.addAll(rules.check(edition, processor));
        } catch (SaxonApiException e) {
            found.add(new Problem(edition.file(), 0, 0, Severity.ERROR,
                    "the editorial rules could not be run: " + e.getMessage(), "schematron"));
        }
        if (found.isEmpty()) {
            return new Report(edition.file(), found);
        }
        // Only an edition with problems pays for finding the elements they are about.
        Places places = new Places(edition.document());
        List<Problem> told = new ArrayList<>();
        for (Problem problem : found) {
            told.add(problem.rule().equals(RelaxNgSchema.RULE) ? GrammarMessages.rephrase(problem, places)
                    : RuleMessages.complete(problem, places));
        }
        List<List<Problem>> separated = Mistakes.separate(told);
        return new Report(edition.file(), separated.get(0), separated.get(1));
    }
}
