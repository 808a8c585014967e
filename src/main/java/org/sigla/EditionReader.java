package org.sigla;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import org.sigla.validate.Problem;
import org.sigla.validate.Severity;
import org.sigla.xml.SecureXml;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** Parses edition files into Saxon trees through the safe parser. */
final class EditionReader {

    private final DocumentBuilder builder;

    EditionReader(Processor processor) {
        this.builder = processor.newDocumentBuilder();
        builder.setLineNumbering(true);
    }

    Edition read(Path file) throws EditionException {
        if (!Files.isRegularFile(file)) {
            throw unreadable(file, Files.exists(file) ? "is not a file" : "does not exist", null);
        }
        try (InputStream in = Files.newInputStream(file)) {
            InputSource input = new InputSource(in);
            input.setSystemId(file.toUri().toString());
            return new Edition(file, builder.build(new SAXSource(SecureXml.newReader(), input)));
        } catch (NoSuchFileException e) {
            throw unreadable(file, "does not exist", e);
        } catch (IOException e) {
            throw unreadable(file, "cannot be read (" + e.getMessage() + ")", e);
        } catch (SaxonApiException e) {
            throw malformed(file, e);
        }
    }

    private static EditionException unreadable(Path file, String why, Throwable cause) {
        return new EditionException(new Problem(file, 0, 0, Severity.ERROR, "the file " + why, "file"), true, cause);
    }

    private static EditionException malformed(Path file, SaxonApiException e) {
        SAXParseException parse = findCause(e, SAXParseException.class);
        int line = parse != null ? parse.getLineNumber() : Math.max(e.getLineNumber(), 0);
        int column = parse != null ? parse.getColumnNumber() : 0;
        String message = parse != null ? parse.getMessage() : e.getMessage();
        // The JDK's own words for its limits name the JAXP property, not the editor's problem.
        if (message != null && message.contains("entity expansions")) {
            message = "the document expands entities more than " + SecureXml.ENTITY_EXPANSION_LIMIT
                    + " times (an entity bomb?); Sigla stops there";
        } else if (message != null && message.contains("maxElementDepth")) {
            message = "elements are nested more than " + SecureXml.MAX_ELEMENT_DEPTH + " levels deep; Sigla stops there";
        } else {
            message = "not well-formed XML: " + message;
        }
        Problem problem = new Problem(file, Math.max(line, 0), Math.max(column, 0), Severity.ERROR, message, "xml");
        return new EditionException(problem, false, e);
    }

    private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
