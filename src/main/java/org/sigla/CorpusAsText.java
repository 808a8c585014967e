package org.sigla;

import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltExecutable;

/** A {@code <teiCorpus>} made into the one text the views render (xslt/tei-corpus.xsl), compiled once. */
final class CorpusAsText {

    private static final String STYLESHEET = "/org/sigla/xslt/tei-corpus.xsl";

    private final Processor processor;
    private XsltExecutable stylesheet;

    CorpusAsText(Processor processor) {
        this.processor = processor;
    }

    XdmNode asText(XdmNode corpus) {
        try {
            XdmDestination text = new XdmDestination();
            compiled().load30().applyTemplates(corpus, text);
            return text.getXdmNode();
        } catch (SaxonApiException e) {
            throw new IllegalStateException("the corpus could not be read as one text: " + e.getMessage(), e);
        }
    }

    private synchronized XsltExecutable compiled() throws SaxonApiException {
        if (stylesheet == null) {
            stylesheet = processor.newXsltCompiler().compile(new StreamSource(Sigla.resource(STYLESHEET)));
        }
        return stylesheet;
    }
}
