package org.sigla;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.file.Path;
import net.sf.saxon.lib.StandardLogger;
import net.sf.saxon.s9api.Processor;
import org.sigla.validate.RelaxNgSchema;
import org.sigla.validate.SchemaException;
import org.sigla.validate.SchematronRules;
import org.sigla.validate.Validator;
import org.sigla.views.Views;

/**
 * The library's entry point: reads editions, validates them and renders their views.
 *
 * <p>One instance per run. It owns the Saxon processor, and compiles each schema and each
 * stylesheet only when first asked for, once; what it hands out is safe to share across
 * threads.
 */
public final class Sigla {

    private static final String SCHEMA = "/org/sigla/schema/sigla.rng";
    private static final String RULES = "/org/sigla/schema/sigla.sch";
    private static final String PRECOMPILED_RULES = "/org/sigla/schema/sigla.sch.xsl";

    private final Processor processor;
    private final EditionReader reader;
    private final Views views;
    private RelaxNgSchema projectSchema;
    private SchematronRules projectRules;

    public Sigla() {
        processor = new Processor(false);
        // Saxon would print parse and transformation errors itself; Sigla reports them once, in the editor's form.
        processor.getUnderlyingConfiguration().setErrorReporterFactory(config -> error -> { });
        processor.getUnderlyingConfiguration().setLogger(new StandardLogger(new PrintStream(OutputStream.nullOutputStream())));
        reader = new EditionReader(processor);
        views = new Views(processor);
    }

    public Processor processor() {
        return processor;
    }

    /** Parses an edition once, safely, with line numbers kept for messages. */
    public Edition read(Path file) throws EditionException {
        return reader.read(file);
    }

    /** A validator with Sigla's own schema and editorial rules. */
    public synchronized Validator validator() throws SchemaException {
        if (projectSchema == null) {
            projectSchema = RelaxNgSchema.compile(resource(SCHEMA));
        }
        return new Validator(processor, projectSchema, rules());
    }

    /** A validator with another RELAX NG schema (tei_all, say) and Sigla's editorial rules. */
    public Validator validator(Path schema) throws SchemaException {
        return new Validator(processor, RelaxNgSchema.compile(schema.toUri().toString()), rules());
    }

    private synchronized SchematronRules rules() throws SchemaException {
        if (projectRules == null) {
            // Made from sigla.sch by the Maven build (RulesPrecompiler); without it, the rules compile from their source.
            URL precompiled = Sigla.class.getResource(PRECOMPILED_RULES);
            projectRules = precompiled != null ? SchematronRules.precompiled(processor, precompiled)
                    : SchematronRules.compile(processor, resource(RULES));
        }
        return projectRules;
    }

    public Views views() {
        return views;
    }

    static String resource(String path) {
        URL url = Sigla.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException(path + " is missing from Sigla's jar");
        }
        return url.toExternalForm();
    }
}
