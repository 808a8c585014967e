package org.sigla;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.lib.StandardLogger;
import net.sf.saxon.s9api.Processor;
import org.sigla.validate.RelaxNgSchema;
import org.sigla.validate.SchemaCatalog;
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

    private static final String TEI_ALL = "/org/sigla/schema/tei_all.rng";
    private static final String RULES = "/org/sigla/schema/sigla.sch";
    private static final String PRECOMPILED_RULES = "/org/sigla/schema/sigla.sch.xsl";

    private final Processor processor;
    private final EditionReader reader;
    private final Views views;
    private RelaxNgSchema teiAll;
    private SchematronRules projectRules;
    private volatile List<Path> projectFolders = List.of();

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

    /**
     * The folders named on the command line. An edition's {@code xi:include}s may read any
     * file below the one of these it is in; an edition in none of them may read only below
     * its own folder.
     */
    public void projectFolders(List<Path> folders) {
        projectFolders = folders.stream().filter(java.nio.file.Files::isDirectory)
                .map(folder -> folder.toAbsolutePath().normalize())
                .sorted(java.util.Comparator.comparingInt(Path::getNameCount)).toList();
    }

    /** Parses an edition once, safely, with line numbers kept for messages and its inclusions resolved. */
    public Edition read(Path file) throws EditionException {
        return reader.read(file, projectOf(file));
    }

    /**
     * Whether a file is one of its project's registers rather than an edition: a TEI document
     * of lists only (persons, places, organisations, works…), in a {@code <standOff>} or its text.
     */
    public boolean isRegister(Path file) {
        return RegisterScan.isRegister(file);
    }

    /** The project folder an edition belongs to: the widest folder named on the command line that holds it. */
    public Path projectOf(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return projectFolders.stream().filter(absolute::startsWith).findFirst()
                .orElse(absolute.getParent() == null ? absolute : absolute.getParent());
    }

    /**
     * A validator that checks each edition against the schemas it names (or TEI P5 where it
     * names none Sigla can read), Sigla's editorial rules, and the rules it names itself.
     */
    public Validator validator() throws SchemaException {
        return validator(null, List.of());
    }

    /** A validator whose grammar is this RELAX NG schema for every edition, in place of the schemas they name. */
    public Validator validator(Path schema) throws SchemaException {
        return validator(schema, List.of());
    }

    /**
     * @param schema   a grammar for every edition in place of those they name, or null
     * @param catalogs the editor's OASIS catalogs, mapping the addresses editions name to local copies
     */
    public Validator validator(Path schema, List<Path> catalogs) throws SchemaException {
        RelaxNgSchema given = schema == null ? null : RelaxNgSchema.compile(schema.toUri().toString());
        return new Validator(processor, teiAll(), given, schema == null ? null : schema.toString(), rules(), new SchemaCatalog(catalogs));
    }

    private synchronized RelaxNgSchema teiAll() throws SchemaException {
        if (teiAll == null) {
            teiAll = RelaxNgSchema.compile(resource(TEI_ALL));
        }
        return teiAll;
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
