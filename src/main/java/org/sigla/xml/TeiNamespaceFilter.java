package org.sigla.xml;

import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Reads a TEI file written without the TEI namespace (as the Classical Text Editor and older
 * tools export it: {@code <TEI>} with no {@code xmlns}) as TEI: every element in no namespace
 * is put in the TEI namespace. The parser's locator passes through, so lines and columns in
 * messages stay those of the file.
 */
public final class TeiNamespaceFilter extends XMLFilterImpl {

    public static final String TEI = "http://www.tei-c.org/ns/1.0";

    public TeiNamespaceFilter(XMLReader parent) {
        super(parent);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
        if (uri.isEmpty() && !qName.contains(":")) {
            if (localName.equals(qName) && isRoot) {
                super.startPrefixMapping("", TEI);
            }
            isRoot = false;
            super.startElement(TEI, localName, qName, atts);
        } else {
            isRoot = false;
            super.startElement(uri, localName, qName, atts);
        }
    }

    private boolean isRoot = true;

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        super.endElement(uri.isEmpty() && !qName.contains(":") ? TEI : uri, localName, qName);
    }
}
