package org.sigla.xml;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.transform.sax.SAXSource;
import net.sf.saxon.s9api.BuildingContentHandler;
import net.sf.saxon.s9api.DocumentBuilder;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * XML Inclusions 1.0 over Saxon trees: every {@code xi:include} replaced by what it names
 * (a whole file, the element an {@code xpointer} names, or the file's text), its
 * {@code xi:fallback} where that cannot be had.
 *
 * <p>Not the JDK parser's XInclude: it gives every included element the line of the
 * {@code xi:include} in the including file, so that a message could not say where the
 * element really is, and its shorthand pointers do not know {@code xml:id}, which is how
 * TEI names its elements. Here each included node keeps its own file, line and column.
 *
 * <p>Nothing is read from outside the project folder or from the network, and an include
 * that would include itself again is refused: each is an {@link InclusionException} at the
 * {@code xi:include}, unless it has a fallback.
 */
public final class Inclusions {

    public static final String NAMESPACE = "http://www.w3.org/2001/XInclude";
    private static final QName INCLUDE = new QName(NAMESPACE, "include");
    private static final QName FALLBACK = new QName(NAMESPACE, "fallback");
    private static final QName XML_ID = new QName("xml", "http://www.w3.org/XML/1998/namespace", "id");
    private static final QName XML_BASE = new QName("xml", "http://www.w3.org/XML/1998/namespace", "base");
    /** One part of an xpointer: {@code scheme(data)}. */
    private static final Pattern SCHEME = Pattern.compile("\\s*([\\w.:-]+)\\(((?:[^()^]|\\^[()^])*)\\)\\s*");

    private final DocumentBuilder builder;
    private final Path project;
    private final Map<URI, XdmNode> parsed = new HashMap<>();
    private final Deque<String> open = new ArrayDeque<>();
    private final List<Path> read = new ArrayList<>();

    private Inclusions(DocumentBuilder builder, Path project) {
        this.builder = builder;
        this.project = project.toAbsolutePath().normalize();
    }

    /** A document with its inclusions resolved, and the files they read. */
    public record Resolved(XdmNode document, List<Path> files) {
        public Resolved {
            files = List.copyOf(files);
        }
    }

    /**
     * The document with its inclusions resolved, or the document itself where it has none.
     *
     * @param builder  a builder with line numbering on, for the included files and the result
     * @param project  the folder nothing may be included from outside of
     */
    public static Resolved resolve(DocumentBuilder builder, XdmNode document, Path project) throws InclusionException {
        if (!hasIncludes(document)) {
            return new Resolved(document, List.of());
        }
        Inclusions inclusions = new Inclusions(builder, project);
        try {
            BuildingContentHandler out = builder.newBuildingContentHandler();
            NodeLocator locator = new NodeLocator();
            out.setDocumentLocator(locator);
            out.startDocument();
            inclusions.open.push(normal(document.getDocumentURI()));
            for (XdmNode child : document.children()) {
                inclusions.copy(child, out, locator, true);
            }
            out.endDocument();
            return new Resolved(out.getDocumentNode(), inclusions.read);
        } catch (SAXException | SaxonApiException e) {
            throw new InclusionException(String.valueOf(document.getDocumentURI()), 0, 0, "the inclusions could not be resolved: " + e.getMessage());
        }
    }

    /**
     * The files a source's {@code xi:include}s name, without resolving them: what a folder
     * build must not take for editions of their own. Files that do not mention XInclude are
     * not parsed.
     */
    public static List<Path> namedIn(Path file) {
        List<Path> named = new ArrayList<>();
        try {
            byte[] content = Files.readAllBytes(file);
            if (!new String(content, StandardCharsets.ISO_8859_1).contains(NAMESPACE)) {
                return named;
            }
            org.xml.sax.XMLReader reader = SecureXml.newReader();
            reader.setContentHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void startElement(String uri, String local, String qualified, org.xml.sax.Attributes attributes) {
                    String href = attributes.getValue("", "href");
                    if (NAMESPACE.equals(uri) && local.equals("include") && href != null && !href.isBlank()) {
                        try {
                            URI target = file.toAbsolutePath().toUri().resolve(new URI(href.strip().replace(" ", "%20")));
                            if ("file".equals(target.getScheme())) {
                                named.add(Path.of(target).normalize());
                            }
                        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                            // Told when the edition is read.
                        }
                    }
                }
            });
            InputSource input = new InputSource(new java.io.ByteArrayInputStream(content));
            input.setSystemId(file.toUri().toString());
            reader.parse(input);
        } catch (IOException | SAXException e) {
            // A source that cannot be read or parsed is told when it is read as an edition.
        }
        return named;
    }

    private static String normal(URI document) {
        return document != null && "file".equals(document.getScheme())
                ? Path.of(document).toAbsolutePath().normalize().toUri().toString() : String.valueOf(document);
    }

    private static boolean hasIncludes(XdmNode node) {
        if (node.getNodeKind() == XdmNodeKind.ELEMENT && INCLUDE.equals(node.getNodeName())) {
            return true;
        }
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT && hasIncludes(child)) {
                return true;
            }
        }
        return false;
    }

    private void copy(XdmNode node, BuildingContentHandler out, NodeLocator locator, boolean top) throws SAXException, InclusionException, SaxonApiException {
        switch (node.getNodeKind()) {
            case ELEMENT -> {
                if (INCLUDE.equals(node.getNodeName())) {
                    include(node, out, locator);
                } else if (FALLBACK.equals(node.getNodeName())) {
                    // A fallback outside an include is a mistake of the source, not content.
                } else {
                    element(node, out, locator, top);
                }
            }
            case TEXT -> {
                char[] text = node.getStringValue().toCharArray();
                out.characters(text, 0, text.length);
            }
            case COMMENT -> {
                if (out instanceof org.xml.sax.ext.LexicalHandler lexical) {
                    char[] text = node.getStringValue().toCharArray();
                    lexical.comment(text, 0, text.length);
                }
            }
            case PROCESSING_INSTRUCTION -> out.processingInstruction(node.getNodeName().getLocalName(), node.getStringValue());
            case DOCUMENT -> {
                for (XdmNode child : node.children()) {
                    copy(child, out, locator, top);
                }
            }
            default -> { }
        }
    }

    /** An element with its own place, and its namespaces declared where its parent's differ (or all, at the top of an inclusion). */
    private void element(XdmNode node, BuildingContentHandler out, NodeLocator locator, boolean top) throws SAXException, InclusionException, SaxonApiException {
        List<String> prefixes = new ArrayList<>();
        Map<String, String> parentNamespaces = top || node.getParent() == null ? Map.of() : namespaces(node.getParent());
        for (Map.Entry<String, String> namespace : namespaces(node).entrySet()) {
            if (!namespace.getValue().equals(parentNamespaces.get(namespace.getKey()))) {
                out.startPrefixMapping(namespace.getKey(), namespace.getValue());
                prefixes.add(namespace.getKey());
            }
        }
        AttributesImpl attributes = new AttributesImpl();
        for (XdmNode attribute : node.select(net.sf.saxon.s9api.streams.Steps.attribute()).toList()) {
            QName name = attribute.getNodeName();
            attributes.addAttribute(name.getNamespace(), name.getLocalName(),
                    name.getPrefix().isEmpty() ? name.getLocalName() : name.getPrefix() + ":" + name.getLocalName(), "CDATA", attribute.getStringValue());
        }
        QName name = node.getNodeName();
        // The top element of an inclusion keeps its base address, so that its links still resolve as they did in its own file.
        if (top && node.getAttributeValue(XML_BASE) == null && node.getBaseURI() != null) {
            attributes.addAttribute(XML_BASE.getNamespace(), "base", "xml:base", "CDATA", node.getBaseURI().toString());
        }
        String qualified = name.getPrefix().isEmpty() ? name.getLocalName() : name.getPrefix() + ":" + name.getLocalName();
        locator.at(node);
        out.startElement(name.getNamespace(), name.getLocalName(), qualified, attributes);
        for (XdmNode child : node.children()) {
            copy(child, out, locator, false);
        }
        out.endElement(name.getNamespace(), name.getLocalName(), qualified);
        for (String prefix : prefixes) {
            out.endPrefixMapping(prefix);
        }
    }

    private static Map<String, String> namespaces(XdmNode element) {
        Map<String, String> namespaces = new HashMap<>();
        for (XdmNode namespace : element.select(net.sf.saxon.s9api.streams.Steps.namespace()).toList()) {
            String prefix = namespace.getNodeName() == null ? "" : namespace.getNodeName().getLocalName();
            if (!prefix.equals("xml")) {
                namespaces.put(prefix, namespace.getStringValue());
            }
        }
        return namespaces;
    }

    private void include(XdmNode include, BuildingContentHandler out, NodeLocator locator) throws SAXException, InclusionException, SaxonApiException {
        try {
            String parse = include.getAttributeValue(new QName("parse"));
            if (parse != null && !parse.equals("xml") && !parse.equals("text")) {
                throw refusal(include, "parse=\"" + parse + "\" is neither xml nor text");
            }
            String href = attribute(include, "href");
            String xpointer = include.getAttributeValue(new QName("xpointer"));
            if (href.isEmpty() && xpointer == null) {
                throw refusal(include, "an include names neither a file (href) nor a part of this one (xpointer)");
            }
            URI base = include.getBaseURI();
            URI target = href.isEmpty() ? URI.create(normal(include.getDocumentURI())) : resolve(include, base, href);
            if ("text".equals(parse)) {
                String text = readText(include, target);
                out.characters(text.toCharArray(), 0, text.length());
                return;
            }
            String key = target + (xpointer == null ? "" : "#" + xpointer);
            if (open.contains(key) || (href.isEmpty() && xpointer != null && isAncestorTarget(include, xpointer))) {
                throw refusal(include, "the include of " + display(target) + (xpointer == null ? "" : " (" + xpointer + ")")
                        + " includes itself again: an inclusion loop");
            }
            XdmNode document = href.isEmpty() ? include.getRoot() : parse(include, target);
            List<XdmNode> selected = xpointer == null ? List.of(document) : point(include, document, xpointer);
            open.push(key);
            try {
                for (XdmNode node : selected) {
                    copy(node, out, locator, true);
                }
            } finally {
                open.pop();
            }
        } catch (InclusionException e) {
            XdmNode fallback = null;
            for (XdmNode child : include.children()) {
                if (child.getNodeKind() == XdmNodeKind.ELEMENT && FALLBACK.equals(child.getNodeName())) {
                    fallback = child;
                }
            }
            if (fallback == null || e.isRefusal()) {
                throw e;
            }
            for (XdmNode child : fallback.children()) {
                copy(child, out, locator, false);
            }
        }
    }

    /** An include with the same document and pointer as one of its own ancestors' would never end. */
    private static boolean isAncestorTarget(XdmNode include, String xpointer) {
        for (XdmNode node = include.getParent(); node != null; node = node.getParent()) {
            if (node.getNodeKind() == XdmNodeKind.ELEMENT && xpointer.strip().equals(node.getAttributeValue(XML_ID))) {
                return true;
            }
        }
        return false;
    }

    private URI resolve(XdmNode include, URI base, String href) throws InclusionException {
        URI target;
        try {
            URI reference = new URI(href.replace(" ", "%20"));
            target = base == null ? reference : base.resolve(reference);
        } catch (IllegalArgumentException | java.net.URISyntaxException e) {
            throw failure(include, "the address " + href + " cannot be read as an address");
        }
        if (target.getFragment() != null) {
            throw refusal(include, "href=\"" + href + "\" has a fragment (#…), which XInclude forbids: name the part with xpointer");
        }
        if (!"file".equals(target.getScheme())) {
            throw refusal(include, "the include of " + href + " is not a file of the project: Sigla includes nothing from the network");
        }
        Path file = Path.of(target).normalize();
        if (!file.startsWith(project)) {
            throw refusal(include, "the include of " + href + " points outside the project folder " + project + ": Sigla includes nothing from there");
        }
        return file.toUri();
    }

    private XdmNode parse(XdmNode include, URI target) throws InclusionException {
        XdmNode cached = parsed.get(target);
        if (cached != null) {
            return cached;
        }
        Path file = Path.of(target);
        if (!Files.isRegularFile(file)) {
            throw failure(include, "the included file " + display(target) + " does not exist");
        }
        try (InputStream in = Files.newInputStream(file)) {
            InputSource input = new InputSource(in);
            input.setSystemId(target.toString());
            XdmNode document = builder.build(new SAXSource(SecureXml.newReader(), input));
            parsed.put(target, document);
            read.add(file);
            return document;
        } catch (IOException e) {
            throw failure(include, "the included file " + display(target) + " cannot be read (" + e.getMessage() + ")");
        } catch (SaxonApiException e) {
            throw failure(include, "the included file " + display(target) + " is not well-formed XML: " + e.getMessage());
        }
    }

    private String readText(XdmNode include, URI target) throws InclusionException {
        Path file = Path.of(target);
        String encoding = include.getAttributeValue(new QName("encoding"));
        try {
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            String text = Files.readString(file, charset);
            read.add(file);
            return text;
        } catch (IOException | IllegalArgumentException e) {
            throw failure(include, "the included text " + display(target) + " cannot be read"
                    + (encoding == null ? "" : " as " + encoding) + (Files.exists(file) ? "" : ": it does not exist"));
        }
    }

    /**
     * The nodes an xpointer names: a shorthand pointer (an {@code xml:id}), or the
     * {@code element()} scheme; of several parts, the first that names something.
     */
    private List<XdmNode> point(XdmNode include, XdmNode document, String xpointer) throws InclusionException {
        String pointer = xpointer.strip();
        if (pointer.matches("[\\p{L}_][\\w.\\-]*")) {
            XdmNode found = byId(document, pointer);
            if (found == null) {
                throw failure(include, "xpointer=\"" + pointer + "\": no element of " + display(URI.create(String.valueOf(document.getDocumentURI()))) + " has this xml:id");
            }
            return List.of(found);
        }
        Matcher part = SCHEME.matcher(pointer);
        int at = 0;
        List<String> unknown = new ArrayList<>();
        while (at < pointer.length() && part.find(at) && part.start() == at) {
            at = part.end();
            if (part.group(1).equals("element")) {
                XdmNode found = element(document, part.group(2).replaceAll("\\^([()^])", "$1"));
                if (found != null) {
                    return List.of(found);
                }
            } else {
                unknown.add(part.group(1));
            }
        }
        if (at < pointer.length()) {
            throw failure(include, "xpointer=\"" + pointer + "\" is not an XPointer Sigla can read (an xml:id, or element(…))");
        }
        throw failure(include, "xpointer=\"" + pointer + "\" names nothing in " + display(URI.create(String.valueOf(document.getDocumentURI())))
                + (unknown.isEmpty() ? "" : " (Sigla reads the element() scheme and xml:ids, not " + String.join(", ", unknown) + "())"));
    }

    /** element(id/2/1) or element(/1/3): an id, then child element numbers. */
    private static XdmNode element(XdmNode document, String data) {
        String[] steps = data.split("/", -1);
        XdmNode node = steps[0].isEmpty() ? document : byId(document, steps[0]);
        for (int i = 1; i < steps.length && node != null; i++) {
            int wanted;
            try {
                wanted = Integer.parseInt(steps[i]);
            } catch (NumberFormatException e) {
                return null;
            }
            XdmNode next = null;
            int n = 0;
            for (XdmNode child : node.children()) {
                if (child.getNodeKind() == XdmNodeKind.ELEMENT && ++n == wanted) {
                    next = child;
                    break;
                }
            }
            node = next;
        }
        return node == null || node.getNodeKind() != XdmNodeKind.ELEMENT ? null : node;
    }

    private static XdmNode byId(XdmNode node, String id) {
        if (node.getNodeKind() == XdmNodeKind.ELEMENT && id.equals(node.getAttributeValue(XML_ID))) {
            return node;
        }
        for (XdmNode child : node.children()) {
            if (child.getNodeKind() == XdmNodeKind.ELEMENT) {
                XdmNode found = byId(child, id);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String attribute(XdmNode element, String name) {
        String value = element.getAttributeValue(new QName(name));
        return value == null ? "" : value.strip();
    }

    private String display(URI target) {
        if ("file".equals(target.getScheme())) {
            Path file = Path.of(target);
            return file.startsWith(project) ? project.relativize(file).toString() : file.toString();
        }
        return target.toString();
    }

    private static InclusionException failure(XdmNode include, String message) {
        return new InclusionException(String.valueOf(include.getUnderlyingNode().getSystemId()), include.getLineNumber(), include.getColumnNumber(), message);
    }

    /** What a fallback does not excuse: a loop, or reading from where Sigla never reads. */
    private static InclusionException refusal(XdmNode include, String message) {
        return failure(include, message).asRefusal();
    }

    /** The place of the node being copied, as the builder asks for it: its own file, line and column. */
    private static final class NodeLocator implements Locator {
        private String systemId;
        private int line = -1;
        private int column = -1;

        void at(XdmNode node) {
            systemId = node.getUnderlyingNode().getSystemId();
            line = node.getLineNumber();
            column = node.getColumnNumber();
        }

        @Override public String getPublicId() { return null; }
        @Override public String getSystemId() { return systemId; }
        @Override public int getLineNumber() { return line; }
        @Override public int getColumnNumber() { return column; }
    }
}
