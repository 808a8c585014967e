package org.sigla.views;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.transform.Source;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.Configuration;
import net.sf.saxon.lib.ResourceRequest;
import net.sf.saxon.lib.ResourceResolver;
import net.sf.saxon.lib.StandardUnparsedTextResolver;
import net.sf.saxon.lib.UnparsedTextURIResolver;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Xslt30Transformer;
import net.sf.saxon.trans.XPathException;
import org.sigla.xml.SecureXml;
import org.xml.sax.InputSource;

/**
 * The stylesheets' own files (the interface words, the list of TEI elements, the pages' style
 * and script), read once and handed to every transformation. Without it each edition parses
 * and reads them again, which was a third of the web view's time on a small edition. Only
 * files under the stylesheets' own folder are kept; anything else is resolved as Saxon would.
 * The stylesheets stay as they are: run alone, they read the same files themselves.
 */
final class StylesheetFiles implements ResourceResolver, UnparsedTextURIResolver {

    private final Processor processor;
    private final String root;
    private final Map<String, NodeInfo> documents = new ConcurrentHashMap<>();
    private final Map<String, String> texts = new ConcurrentHashMap<>();

    /** @param root the URL of the stylesheets' folder, whose files only are kept (null: none) */
    StylesheetFiles(Processor processor, URL root) {
        this.processor = processor;
        this.root = root == null ? null : root.toExternalForm();
    }

    /** Has {@code transformer} read the stylesheets' files from here. */
    void serve(Xslt30Transformer transformer) {
        transformer.setResourceResolver(this);
        transformer.getUnderlyingController().setUnparsedTextURIResolver(this);
    }

    @Override
    public Source resolve(ResourceRequest request) throws XPathException {
        String uri = absolute(request.uri, request.baseUri);
        if (uri == null || root == null || !uri.startsWith(root) || !ResourceRequest.XML_NATURE.equals(request.nature)) {
            return null;
        }
        NodeInfo document = documents.get(uri);
        if (document == null) {
            document = parse(uri);
            documents.putIfAbsent(uri, document);
        }
        return document;
    }

    @Override
    public Reader resolve(URI absoluteURI, String encoding, Configuration config) throws XPathException {
        String uri = absoluteURI.toString();
        if (root == null || !uri.startsWith(root)) {
            return new StandardUnparsedTextResolver().resolve(absoluteURI, encoding, config);
        }
        String text = texts.get(uri);
        if (text == null) {
            try (InputStream in = new URL(uri).openStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new XPathException(uri + " cannot be read: " + e.getMessage());
            }
            texts.putIfAbsent(uri, text);
        }
        return new StringReader(text);
    }

    private NodeInfo parse(String uri) throws XPathException {
        try (InputStream in = new URL(uri).openStream()) {
            InputSource input = new InputSource(in);
            input.setSystemId(uri);
            return processor.newDocumentBuilder().build(new SAXSource(SecureXml.newReader(), input)).getUnderlyingNode();
        } catch (IOException | SaxonApiException e) {
            throw new XPathException(uri + " cannot be read: " + e.getMessage());
        }
    }

    /** The request's address made absolute (jar: addresses resolve as URLs, not as URIs); null if it cannot be. */
    private static String absolute(String uri, String base) {
        try {
            return (base == null || base.isEmpty() ? new URL(uri) : new URL(new URL(base), uri)).toExternalForm();
        } catch (MalformedURLException e) {
            return null;
        }
    }
}
