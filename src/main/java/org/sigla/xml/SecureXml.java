package org.sigla.xml;

import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXNotRecognizedException;
import org.xml.sax.SAXNotSupportedException;
import org.xml.sax.XMLReader;

/**
 * The only way Sigla reads XML: a parser that fetches nothing from outside the file.
 *
 * <p>An edition is often a file received from someone else, and web editions are
 * published to the open web: an external entity or DTD could read a local file into the
 * output, or stall a build on the network, and an entity bomb could exhaust memory. So no
 * external entity, DTD or XInclude is ever resolved, and entity expansion and nesting depth
 * are bounded. Internal entities declared in the file itself still work.
 */
public final class SecureXml {

    /** More than any real edition uses; a "billion laughs" bomb needs far more. */
    public static final int ENTITY_EXPANSION_LIMIT = 10_000;
    /** TEI rarely nests past a few dozen levels; this stops hostile nesting long before the stack. */
    public static final int MAX_ELEMENT_DEPTH = 1_000;

    private static final SAXParserFactory FACTORY = newFactory();

    private SecureXml() {}

    private static SAXParserFactory newFactory() {
        // The JDK's own parser, whatever else is on the class path: its limits are the ones set below.
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The XML parser cannot be made safe: " + e.getMessage(), e);
        }
        return factory;
    }

    /** A new namespace-aware reader with every outside access switched off. Not thread-safe: one per parse. */
    public static XMLReader newReader() {
        try {
            XMLReader reader = FACTORY.newSAXParser().getXMLReader();
            setLimit(reader, "jdk.xml.entityExpansionLimit", ENTITY_EXPANSION_LIMIT);
            setLimit(reader, "jdk.xml.maxElementDepth", MAX_ELEMENT_DEPTH);
            reader.setEntityResolver((publicId, systemId) -> emptySource(systemId));
            return reader;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The XML parser cannot be created: " + e.getMessage(), e);
        }
    }

    /** What an external entity or DTD reads: nothing. */
    private static InputSource emptySource(String systemId) {
        InputSource empty = new InputSource(new StringReader(""));
        empty.setSystemId(systemId);
        return empty;
    }

    private static void setLimit(XMLReader reader, String property, int value) {
        try {
            reader.setProperty(property, String.valueOf(value));
        } catch (SAXNotRecognizedException | SAXNotSupportedException e) {
            // An older JDK without this limit still has FEATURE_SECURE_PROCESSING's defaults.
        }
    }
}
