package org.sigla.validate;

import com.thaiopensource.util.PropertyMapBuilder;
import com.thaiopensource.validate.IncorrectSchemaException;
import com.thaiopensource.validate.Schema;
import com.thaiopensource.validate.ValidateProperty;
import com.thaiopensource.validate.auto.AutoSchemaReader;
import com.thaiopensource.xml.sax.XMLReaderCreator;
import java.io.IOException;
import java.util.List;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import org.sigla.Edition;
import org.sigla.xml.SecureXml;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * A RELAX NG schema compiled once by Jing; thread-safe, so one serves every edition of a run.
 */
public final class RelaxNgSchema {

    static final String RULE = "rng";

    private final Schema schema;

    private RelaxNgSchema(Schema schema) {
        this.schema = schema;
    }

    /** Compiles the schema at {@code systemId} (a file or jar URL); its includes resolve relative to it. */
    public static RelaxNgSchema compile(String systemId) throws SchemaException {
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.XML_READER_CREATOR, (XMLReaderCreator) SecureXml::newReader);
        ProblemCollector errors = new ProblemCollector(java.nio.file.Path.of(displayName(systemId)), RULE);
        properties.put(ValidateProperty.ERROR_HANDLER, errors);
        properties.put(ValidateProperty.RESOLVER, new JarResolver());
        try {
            Schema schema = new AutoSchemaReader().createSchema(new InputSource(systemId), properties.toPropertyMap());
            return new RelaxNgSchema(schema);
        } catch (IncorrectSchemaException | SAXException | IOException e) {
            String detail = errors.problems().isEmpty() ? e.getMessage() : errors.problems().get(0).toString();
            throw new SchemaException("the schema " + displayName(systemId) + " cannot be used: " + detail, e);
        }
    }

    private static String displayName(String systemId) {
        return systemId.startsWith("file:") ? java.nio.file.Path.of(java.net.URI.create(systemId)).toString() : systemId;
    }

    /** Validates the edition's tree (parsed once, with line numbers) against the schema. */
    List<Problem> check(Edition edition, Processor processor) {
        ProblemCollector errors = new ProblemCollector(edition.file(), RULE);
        PropertyMapBuilder properties = new PropertyMapBuilder();
        properties.put(ValidateProperty.ERROR_HANDLER, errors);
        com.thaiopensource.validate.Validator validator = schema.createValidator(properties.toPropertyMap());
        try {
            processor.writeXdmValue(edition.original(), new SAXDestination(validator.getContentHandler()));
        } catch (SaxonApiException e) {
            errors.problems().add(new Problem(edition.file(), 0, 0, Severity.ERROR, e.getMessage(), RULE));
        }
        return errors.problems();
    }
}
