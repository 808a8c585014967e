package org.sigla.validate;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.sigla.Edition;

/**
 * Schematron rules compiled to XSLT once with SchXslt, then run on each edition's tree.
 * The SVRL report's XPath locations are resolved back to lines and columns in the source.
 */
public final class SchematronRules {

    private static final String SVRL = "http://purl.oclc.org/dsdl/svrl";
    /** SchXslt's XSLT 2.0/3.0 pipeline: include, expand, compile to a validating stylesheet. */
    private static final String SCHXSLT_PIPELINE = "/xslt/2.0/pipeline-for-svrl.xsl";

    private final XsltExecutable rules;

    private SchematronRules(XsltExecutable rules) {
        this.rules = rules;
    }

    /** Rules from their Schematron source: SchXslt turns them into a validating stylesheet, which Saxon compiles. */
    public static SchematronRules compile(Processor processor, String systemId) throws SchemaException {
        return fromStylesheet(processor, toStylesheet(processor, systemId).asSource(), systemId);
    }

    /**
     * Rules already turned into their validating stylesheet when Sigla was built (see
     * {@link RulesPrecompiler}): a cold start skips SchXslt, most of a second.
     */
    public static SchematronRules precompiled(Processor processor, URL stylesheet) throws SchemaException {
        return fromStylesheet(processor, new StreamSource(stylesheet.toExternalForm()), stylesheet.toExternalForm());
    }

    /** The validating stylesheet of Schematron rules, made by SchXslt. */
    static XdmNode toStylesheet(Processor processor, String systemId) throws SchemaException {
        URL pipeline = SchematronRules.class.getResource(SCHXSLT_PIPELINE);
        if (pipeline == null) {
            throw new SchemaException("SchXslt is missing from the class path", null);
        }
        try {
            Xslt30Transformer compiler = processor.newXsltCompiler()
                    .compile(new StreamSource(pipeline.toExternalForm())).load30();
            XdmDestination compiled = new XdmDestination();
            compiler.transform(new StreamSource(systemId), compiled);
            return compiled.getXdmNode();
        } catch (SaxonApiException e) {
            throw cannotCompile(systemId, e);
        }
    }

    private static SchematronRules fromStylesheet(Processor processor, Source stylesheet, String systemId) throws SchemaException {
        try {
            return new SchematronRules(processor.newXsltCompiler().compile(stylesheet));
        } catch (SaxonApiException e) {
            throw cannotCompile(systemId, e);
        }
    }

    private static SchemaException cannotCompile(String systemId, SaxonApiException e) {
        return new SchemaException("the Schematron rules " + systemId + " cannot be compiled: " + e.getMessage(), e);
    }

    List<Problem> check(Edition edition, Processor processor) throws SaxonApiException {
        XdmDestination report = new XdmDestination();
        rules.load30().applyTemplates(edition.original(), report);
        XPathCompiler xpath = processor.newXPathCompiler();
        xpath.declareNamespace("svrl", SVRL);
        List<Problem> problems = new ArrayList<>();
        for (XdmItem item : xpath.evaluate("//svrl:failed-assert | //svrl:successful-report", report.getXdmNode())) {
            XdmNode finding = (XdmNode) item;
            XdmNode place = locate(xpath, edition.original(), finding.getAttributeValue(new QName("location")));
            String role = finding.getAttributeValue(new QName("role"));
            Severity severity = "warning".equals(role) || "info".equals(role) ? Severity.WARNING : Severity.ERROR;
            String id = finding.getAttributeValue(new QName("id"));
            String text = xpath.evaluateSingle("normalize-space(svrl:text)", finding).getStringValue();
            problems.add(new Problem(place == null ? edition.file() : Places.fileOf(place, edition.file()), place == null ? 0 : place.getLineNumber(),
                    place == null ? 0 : place.getColumnNumber(), severity, text, id == null ? "schematron" : id));
        }
        return problems;
    }

    /** The element an SVRL location names (for a text or attribute node, the element holding it). */
    private static XdmNode locate(XPathCompiler xpath, XdmNode document, String location) {
        if (location == null || location.isEmpty()) {
            return null;
        }
        try {
            XdmItem found = xpath.evaluateSingle(location, document);
            if (!(found instanceof XdmNode node)) {
                return null;
            }
            return node.getNodeKind() == XdmNodeKind.ELEMENT ? node : node.getParent();
        } catch (SaxonApiException e) {
            return null;
        }
    }
}
