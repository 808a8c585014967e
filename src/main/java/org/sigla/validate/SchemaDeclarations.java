package org.sigla.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmNodeKind;

/**
 * The schemas an edition names with {@code <?xml-model?>} (W3C, Associating Schemas with XML
 * documents): a grammar (RELAX NG, XML or compact syntax) or Schematron rules, each with the
 * line of its instruction.
 */
final class SchemaDeclarations {

    enum Kind { GRAMMAR, RULES, OTHER }

    record Declared(String href, Kind kind, int line) { }

    private static final Pattern PSEUDO_ATTRIBUTE = Pattern.compile("([\\w:-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

    private SchemaDeclarations() {}

    static List<Declared> of(XdmNode document) {
        List<Declared> declared = new ArrayList<>();
        for (XdmNode child : document.children()) {
            if (child.getNodeKind() == XdmNodeKind.PROCESSING_INSTRUCTION && child.getNodeName().getLocalName().equals("xml-model")) {
                String href = null;
                String schematypens = "";
                Matcher attribute = PSEUDO_ATTRIBUTE.matcher(child.getStringValue());
                while (attribute.find()) {
                    String value = attribute.group(2) != null ? attribute.group(2) : attribute.group(3);
                    switch (attribute.group(1)) {
                        case "href" -> href = value.replace("&amp;", "&");
                        case "schematypens" -> schematypens = value;
                        default -> { }
                    }
                }
                if (href != null && !href.isBlank()) {
                    declared.add(new Declared(href.strip(), kind(href, schematypens), child.getLineNumber()));
                }
            }
        }
        return declared;
    }

    /** By the schema language's namespace (http or https, as real files write it), else by the file's extension. */
    private static Kind kind(String href, String schematypens) {
        String path = href.replaceFirst("[?#].*$", "").toLowerCase(java.util.Locale.ROOT);
        if (schematypens.contains("relaxng.org/ns/structure") || schematypens.isEmpty() && (path.endsWith(".rng") || path.endsWith(".rnc"))) {
            return Kind.GRAMMAR;
        }
        if (schematypens.contains("purl.oclc.org/dsdl/schematron") || schematypens.contains("www.ascc.net/xml/schematron")
                || schematypens.isEmpty() && path.endsWith(".sch")) {
            // Schematron embedded in a RELAX NG schema (the TEI's and EpiDoc's way) is not a Schematron document.
            return path.endsWith(".rng") || path.endsWith(".rnc") || path.endsWith(".odd") ? Kind.OTHER : Kind.RULES;
        }
        return Kind.OTHER;
    }
}
