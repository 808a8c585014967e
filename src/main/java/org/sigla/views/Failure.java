package org.sigla.views;

import net.sf.saxon.om.Item;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.trans.XPathException;
import org.sigla.Edition;

/**
 * A view that failed, told to an editor in one line: the edition, and where it can be known
 * the TEI element being rendered ({@code file:line:col}), the view, and the cause in words,
 * without Java class names or the stylesheet's own locations (those are for --debug).
 */
public final class Failure {

    private Failure() {}

    static String describe(Edition edition, View view, SaxonApiException e) {
        return place(edition, e) + ": error: the " + view.title() + " could not be made" + element(e) + ": " + cause(e)
                + " [view-" + view.id() + "]";
    }

    /** The cause in words: the innermost message, without exception class names or stylesheet locations. */
    public static String cause(Throwable e) {
        Throwable inner = e;
        while (inner.getCause() != null && inner.getCause() != inner && inner.getCause().getMessage() != null) {
            inner = inner.getCause();
        }
        String message = inner.getMessage() == null ? "an unexpected error" : inner.getMessage();
        return message
                .replaceAll("\\s*\\R\\s*", " ")
                .replaceAll("\\b(?:[a-z][a-z0-9_]*\\.)+[A-Z][A-Za-z0-9_$]*(?:Exception|Error): ", "")
                .replaceAll("(?:jar:)?(?:file|jar):\\S*?\\.xsl:\\d+(?::\\d+)?:? ?", "")
                // Saxon adds where in the stylesheet it noticed: of no use to an editor.
                .replaceAll("\\.? Found while .*$", "")
                .trim();
    }

    /** file:line:col of the TEI element the failing template was at, else the file alone. */
    private static String place(Edition edition, SaxonApiException e) {
        NodeInfo node = contextNode(e);
        if (node != null && node.getLineNumber() > 0) {
            return edition.file() + ":" + node.getLineNumber() + ":" + Math.max(node.getColumnNumber(), 1);
        }
        return edition.file().toString();
    }

    private static String element(SaxonApiException e) {
        NodeInfo node = contextNode(e);
        if (node == null || node.getNodeKind() != net.sf.saxon.type.Type.ELEMENT) {
            return "";
        }
        return " at <" + node.getDisplayName() + ">";
    }

    private static NodeInfo contextNode(SaxonApiException e) {
        if (e.getCause() instanceof XPathException xpath && xpath.getXPathContext() != null) {
            Item item = xpath.getXPathContext().getContextItem();
            if (item instanceof NodeInfo node) {
                return node.getNodeKind() == net.sf.saxon.type.Type.TEXT ? node.getParent() : node;
            }
        }
        return null;
    }
}
