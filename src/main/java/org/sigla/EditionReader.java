package org.sigla;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.Processor;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.sigla.xml.TeiNamespaceFilter;
import org.xml.sax.XMLReader;
import org.sigla.validate.Problem;
import org.sigla.validate.Severity;
import org.sigla.xml.InclusionException;
import org.sigla.xml.Inclusions;
import org.sigla.validate.Places;
import org.sigla.xml.SecureXml;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/** Parses edition files into Saxon trees through the safe parser. */
final class EditionReader {

    private final DocumentBuilder builder;

    private final CorpusAsText corpus;

    EditionReader(Processor processor) {
        this.builder = processor.newDocumentBuilder();
        builder.setLineNumbering(true);
        this.corpus = new CorpusAsText(processor);
    }

    /** Reads an edition whose inclusions may read any file below {@code project}. */
    Edition read(Path file, Path project) throws EditionException {
        if (!Files.isRegularFile(file)) {
            throw unreadable(file, Files.exists(file) ? "is not a file" : "does not exist", null);
        }
        XdmNode document = parse(file, false);
        XdmNode root = root(document);
        QName name = root == null ? null : root.getNodeName();
        List<Problem> warnings = new ArrayList<>();
        if (name != null && name.getNamespace().isEmpty() && (name.getLocalName().equals("TEI") || name.getLocalName().equals("teiCorpus"))) {
            warnings.add(new Problem(file, root.getLineNumber(), root.getColumnNumber(), Severity.WARNING, "<" + name.getLocalName()
                    + "> has no TEI namespace; Sigla reads it as TEI (add xmlns=\"" + TeiNamespaceFilter.TEI + "\" to <"
                    + name.getLocalName() + "> to say so)", "tei-namespace"));
            document = parse(file, true);
            root = root(document);
            name = root.getNodeName();
        }
        if (name == null || !name.getNamespace().equals(TeiNamespaceFilter.TEI)
                || !(name.getLocalName().equals("TEI") || name.getLocalName().equals("teiCorpus"))) {
            throw new EditionException(new Problem(file, root == null ? 0 : root.getLineNumber(), root == null ? 0 : root.getColumnNumber(),
                    Severity.ERROR, "not a TEI document: its root is " + (name == null ? "missing" : "<" + name.getLocalName() + ">" + (name.getNamespace().isEmpty() ? "" : " in the namespace " + name.getNamespace()))
                    + "; Sigla reads TEI P5, whose root is <TEI> or <teiCorpus> in the TEI namespace", "not-tei"), false, null);
        }
        Inclusions.Resolved resolved;
        try {
            resolved = Inclusions.resolve(builder, document, project);
        } catch (InclusionException e) {
            throw new EditionException(new Problem(Places.fileOf(e.systemId(), file), e.line(), e.column(), Severity.ERROR,
                    e.getMessage(), "xinclude"), false, e);
        }
        document = resolved.document();
        if (name.getLocalName().equals("teiCorpus")) {
            return new Edition(file, corpus.asText(document), document, warnings, resolved.files(), List.of(), project);
        }
        return new Edition(file, document, document, warnings, resolved.files(), List.of(), project);
    }

    private static XdmNode root(XdmNode document) {
        for (XdmNode child : document.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
                return child;
            }
        }
        return null;
    }

    private XdmNode parse(Path file, boolean asTei) throws EditionException {
        try (InputStream in = Files.newInputStream(file)) {
            InputSource input = new InputSource(in);
            input.setSystemId(file.toUri().toString());
            XMLReader reader = SecureXml.newReader();
            return builder.build(new SAXSource(asTei ? new TeiNamespaceFilter(reader) : reader, input));
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
