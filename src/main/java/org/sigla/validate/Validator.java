package org.sigla.validate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import org.sigla.Edition;

/**
 * Checks an edition in three layers, each where it belongs: its own grammar (the RELAX NG
 * schemas it names with {@code <?xml-model?>}, or TEI P5's tei_all where it names none Sigla
 * can read), Sigla's editorial rules, which hold for any TEI edition, and the Schematron rules
 * the edition names itself (house rules). Each schema is compiled once and shared across
 * editions and threads.
 */
public final class Validator {

    /** The name Sigla's own rules go by in plans and reports. */
    public static final String SIGLA_RULES = "Sigla's editorial rules";
    /** The name TEI P5's schema goes by in plans and reports. */
    public static final String TEI_ALL = "TEI P5 (tei_all)";

    private final Processor processor;
    private final RelaxNgSchema teiAll;
    private final RelaxNgSchema given;
    private final String givenName;
    private final SchematronRules rules;
    private final SchemaCatalog catalog;
    private final Map<String, Object> compiled = new ConcurrentHashMap<>();

    /**
     * @param teiAll    TEI P5's schema, for editions that name none Sigla can read
     * @param given     a grammar that replaces the editions' own ({@code --schema}), or null
     * @param givenName how that grammar is named in plans and reports
     */
    public Validator(Processor processor, RelaxNgSchema teiAll, RelaxNgSchema given, String givenName, SchematronRules rules,
                     SchemaCatalog catalog) {
        this.processor = processor;
        this.teiAll = teiAll;
        this.given = given;
        this.givenName = givenName;
        this.rules = rules;
        this.catalog = catalog;
    }

    /** The schemas and rules in force for an edition, and where each comes from. */
    public CheckPlan plan(Edition edition) {
        List<CheckPlan.Check> checks = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<SchemaDeclarations.Declared> declared = SchemaDeclarations.of(edition.original());
        List<String> unreadable = new ArrayList<>();
        if (given != null) {
            checks.add(new CheckPlan.Check(CheckPlan.Layer.GRAMMAR, givenName, "given with --schema", false));
        } else {
            for (SchemaDeclarations.Declared grammar : declared) {
                if (grammar.kind() == SchemaDeclarations.Kind.GRAMMAR) {
                    String found = catalog.locate(grammar.href(), edition.file());
                    if (found != null) {
                        checks.add(new CheckPlan.Check(CheckPlan.Layer.GRAMMAR, grammar.href(),
                                "named by the edition, line " + grammar.line()
                                + (grammar.href().matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") ? ", read from " + shown(found) : ""), false));
                    } else {
                        unreadable.add(grammar.href());
                    }
                }
            }
            if (checks.isEmpty()) {
                boolean advisory = !unreadable.isEmpty();
                checks.add(new CheckPlan.Check(CheckPlan.Layer.GRAMMAR, TEI_ALL, advisory
                        ? "in place of " + String.join(", ", unreadable) + ", which Sigla cannot read here" : "the edition names no schema", advisory));
                notes.add(advisory
                        ? "checked against " + TEI_ALL + " in place of " + String.join(", ", unreadable) + ", which Sigla does not fetch;"
                          + " its findings are warnings (give a catalog with --catalog that maps the address to a local copy)"
                        : "checked against " + TEI_ALL + ": the edition names no schema with <?xml-model?>");
            }
        }
        checks.add(new CheckPlan.Check(CheckPlan.Layer.SIGLA_RULES, SIGLA_RULES, "for every edition", false));
        for (SchemaDeclarations.Declared house : declared) {
            if (house.kind() == SchemaDeclarations.Kind.RULES) {
                String found = catalog.locate(house.href(), edition.file());
                if (found != null) {
                    checks.add(new CheckPlan.Check(CheckPlan.Layer.EDITION_RULES, house.href(), "named by the edition, line " + house.line(), false));
                } else {
                    notes.add("the Schematron rules " + house.href() + " cannot be read here (Sigla does not fetch them) and were not run");
                }
            }
        }
        return new CheckPlan(checks, notes);
    }

    public Report check(Edition edition) {
        CheckPlan plan = plan(edition);
        List<Problem> found = new ArrayList<>(edition.warnings());
        for (CheckPlan.Check check : plan.checks()) {
            try {
                for (Problem problem : run(check, edition)) {
                    found.add(check.advisory() && problem.severity() == Severity.ERROR ? problem.asWarning() : problem);
                }
            } catch (SchemaException e) {
                found.add(new Problem(edition.file(), 0, 0, Severity.ERROR, e.getMessage(), "schema"));
            } catch (SaxonApiException e) {
                found.add(new Problem(edition.file(), 0, 0, Severity.ERROR,
                        "the rules " + check.source() + " could not be run: " + e.getMessage(), "schematron"));
            }
        }
        found = RegisterPointers.withoutResolved(found, edition.registers());
        if (found.isEmpty()) {
            return new Report(edition.file(), found, List.of(), plan.notes());
        }
        // Only an edition with problems pays for finding the elements they are about.
        Places places = new Places(edition.original(), edition.file());
        List<Problem> told = new ArrayList<>();
        for (Problem problem : found) {
            told.add(problem.rule().equals(RelaxNgSchema.RULE) ? GrammarMessages.rephrase(problem, places)
                    : RuleMessages.complete(problem, places));
        }
        List<List<Problem>> separated = Mistakes.separate(told);
        return new Report(edition.file(), separated.get(0), separated.get(1), plan.notes());
    }

    private List<Problem> run(CheckPlan.Check check, Edition edition) throws SchemaException, SaxonApiException {
        List<Problem> problems = switch (check.layer()) {
            case GRAMMAR -> grammar(check, edition).check(edition, processor);
            case SIGLA_RULES -> rules.check(edition, processor);
            case EDITION_RULES -> editionRules(check, edition).check(edition, processor);
        };
        return problems.stream().map(problem -> problem.from(check.source())).toList();
    }

    private RelaxNgSchema grammar(CheckPlan.Check check, Edition edition) throws SchemaException {
        if (check.source().equals(TEI_ALL)) {
            return teiAll;
        }
        if (given != null) {
            return given;
        }
        String address = catalog.locate(check.source(), edition.file());
        Object schema = compiled.get(address);
        if (schema == null) {
            schema = RelaxNgSchema.compile(address);
            compiled.put(address, schema);
        }
        return (RelaxNgSchema) schema;
    }

    private SchematronRules editionRules(CheckPlan.Check check, Edition edition) throws SchemaException {
        String address = catalog.locate(check.source(), edition.file());
        Object rules = compiled.get("sch " + address);
        if (rules == null) {
            rules = SchematronRules.compile(processor, address);
            compiled.put("sch " + address, rules);
        }
        return (SchematronRules) rules;
    }

    private static String shown(String address) {
        return address.startsWith("file:") ? Path.of(java.net.URI.create(address)).toString() : address;
    }
}
