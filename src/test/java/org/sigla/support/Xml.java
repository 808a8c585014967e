package org.sigla.support;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** XPath over TEI sources and generated HTML pages (parsed as a browser would, into XHTML). */
public final class Xml {

    public static final String TEI = "http://www.tei-c.org/ns/1.0";
    public static final String XHTML = "http://www.w3.org/1999/xhtml";

    private Xml() {}

    public static XdmNode tei(Path file) {
        try {
            return Editions.sigla().read(file).document();
        } catch (Exception e) {
            throw new AssertionError("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** A generated HTML page as a DOM in the XHTML namespace, through the HTML5 parsing algorithm. */
    public static Document htmlDom(Path page) {
        try {
            HtmlDocumentBuilder builder = new HtmlDocumentBuilder(XmlViolationPolicy.ALTER_INFOSET);
            return builder.parse(new InputSource(new StringReader(Files.readString(page, StandardCharsets.UTF_8))));
        } catch (IOException | SAXException e) {
            throw new AssertionError("cannot parse " + page + ": " + e.getMessage(), e);
        }
    }

    public static XdmNode html(Path page) {
        DocumentBuilder builder = Editions.sigla().processor().newDocumentBuilder();
        return builder.wrap(htmlDom(page));
    }

    public static XdmValue xpath(XdmNode context, String expression) {
        try {
            XPathCompiler compiler = Editions.sigla().processor().newXPathCompiler();
            compiler.declareNamespace("tei", TEI);
            compiler.declareNamespace("h", XHTML);
            return compiler.evaluate(expression, context);
        } catch (SaxonApiException e) {
            throw new AssertionError("XPath " + expression + ": " + e.getMessage(), e);
        }
    }

    public static List<String> strings(XdmNode context, String expression) {
        List<String> values = new ArrayList<>();
        for (XdmItem item : xpath(context, expression)) {
            values.add(item.getStringValue());
        }
        return values;
    }

    public static String string(XdmNode context, String expression) {
        return xpath(context, "string((" + expression + ")[1])").itemAt(0).getStringValue();
    }

    public static int count(XdmNode context, String expression) {
        return Integer.parseInt(xpath(context, "count(" + expression + ")").itemAt(0).getStringValue());
    }

}
