package org.sigla.validate;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.Axis;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * The elements of an edition by the line they stand on, to find the element a message is
 * about: the grammar checker names a line, an element or attribute name, and (through
 * Saxon's events) not always the right column.
 */
public final class Places {

    /** A line of one file: an edition's included elements stand on the lines of their own files. */
    private record Line(Path file, int line) { }

    private final Path file;
    private final Map<Line, List<XdmNode>> byLine = new LinkedHashMap<>();

    Places(XdmNode document, Path file) {
        this.file = file;
        for (XdmNode element : document.select(net.sf.saxon.s9api.streams.Steps.descendant()).toList()) {
            if (element.getNodeKind() == XdmNodeKind.ELEMENT) {
                byLine.computeIfAbsent(new Line(fileOf(element, file), element.getLineNumber()), line -> new ArrayList<>()).add(element);
            }
        }
    }

    /** The file a node was read from: the edition's, or the one an xi:include brought it from. */
    public static Path fileOf(XdmNode node, Path edition) {
        return fileOf(node.getUnderlyingNode().getSystemId(), edition);
    }

    /** The file a system id names, or the edition's where it names none (or the edition itself). */
    public static Path fileOf(String systemId, Path edition) {
        if (systemId == null || !systemId.startsWith("file:")) {
            return edition;
        }
        try {
            Path named = Path.of(URI.create(systemId)).normalize();
            return named.equals(edition.toAbsolutePath().normalize()) ? edition : named;
        } catch (IllegalArgumentException e) {
            return edition;
        }
    }

    /** The element of this name on this line, else the last one of this name before it. */
    XdmNode element(Path in, int line, String name) {
        XdmNode found = element(List.of(in), line, name);
        // The grammar checker names the edition for every element, an included one too: then the line is the included file's.
        return found != null ? found : element(byLine.keySet().stream().map(Line::file).distinct().filter(file -> !file.equals(in)).toList(), line, name);
    }

    private XdmNode element(List<Path> files, int line, String name) {
        for (Path in : files) {
            for (int at = line; at > 0 && at > line - 500; at--) {
                List<XdmNode> elements = byLine.getOrDefault(new Line(in, at), List.of());
                for (int i = elements.size() - 1; i >= 0; i--) {
                    if (elements.get(i).getNodeName().getLocalName().equals(local(name))) {
                        return elements.get(i);
                    }
                }
            }
        }
        return null;
    }

    /** The element that starts at this line and column, if any. */
    XdmNode at(Path in, int line, int column) {
        for (XdmNode element : byLine.getOrDefault(new Line(in, line), List.of())) {
            if (element.getColumnNumber() == column) {
                return element;
            }
        }
        return null;
    }

    /** Every xml:id of the edition. */
    List<String> ids() {
        List<String> ids = new ArrayList<>();
        for (List<XdmNode> elements : byLine.values()) {
            for (XdmNode element : elements) {
                String id = value(element, "xml:id");
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /** The element on this line that carries this attribute. */
    XdmNode carrier(Path in, int line, String attribute) {
        for (XdmNode element : byLine.getOrDefault(new Line(in, line), List.of())) {
            if (value(element, attribute) != null) {
                return element;
            }
        }
        return null;
    }

    /** An attribute's value by its name as the grammar writes it ("type", "xml:lang"). */
    static String value(XdmNode element, String attribute) {
        for (XdmNode candidate : attributes(element)) {
            String qualified = candidate.getNodeName().getPrefix().isEmpty() ? candidate.getNodeName().getLocalName()
                    : candidate.getNodeName().getPrefix() + ":" + candidate.getNodeName().getLocalName();
            if (qualified.equals(attribute)) {
                return candidate.getStringValue();
            }
        }
        return null;
    }

    private static List<XdmNode> attributes(XdmNode element) {
        List<XdmNode> attributes = new ArrayList<>();
        element.axisIterator(Axis.ATTRIBUTE).forEachRemaining(attributes::add);
        return attributes;
    }

    private static String local(String name) {
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }
}
