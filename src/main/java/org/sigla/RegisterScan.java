package org.sigla;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.sigla.xml.SecureXml;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Tells a register from an edition without building its tree: a TEI document whose only
 * content is {@code <standOff>}, or a {@code <text>} holding nothing but lists of persons,
 * places, organisations, works, objects or events (with divisions and headings around
 * them), is a project's register. The scan stops at the first element that is text.
 */
final class RegisterScan extends DefaultHandler {

    private static final String TEI = "http://www.tei-c.org/ns/1.0";
    /** What a register's lists are. */
    static final Set<String> LISTS = Set.of("listPerson", "listPlace", "listOrg", "listBibl", "listObject", "listEvent",
            "listNym", "listRelation");
    /** What may stand around the lists in a register's text. */
    private static final Set<String> FRAME = Set.of("text", "front", "body", "back", "div", "head", "standOff");

    /** Thrown to stop the parse as soon as the answer is known. */
    private static final class Known extends SAXException {
        Known() {
            super(null, null);
        }
    }

    private int depth;
    /** Depth of the subtree being skipped (the header, a list), or 0. */
    private int skipping;
    private boolean lists;
    private boolean edition;

    static boolean isRegister(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        RegisterScan scan = new RegisterScan();
        try (InputStream in = Files.newInputStream(file)) {
            XMLReader reader = SecureXml.newReader();
            reader.setContentHandler(scan);
            InputSource input = new InputSource(in);
            input.setSystemId(file.toUri().toString());
            reader.parse(input);
        } catch (Known known) {
            // The answer came before the end of the file.
        } catch (IOException | SAXException e) {
            return false;
        }
        return scan.lists && !scan.edition;
    }

    @Override
    public void startElement(String uri, String local, String qualified, Attributes attributes) throws SAXException {
        depth++;
        if (skipping > 0) {
            return;
        }
        if (depth == 1) {
            if (!TEI.equals(uri) || !local.equals("TEI")) {
                edition = true;
                throw new Known();
            }
            return;
        }
        if (depth == 2 && local.equals("teiHeader")) {
            skipping = depth;
        } else if (TEI.equals(uri) && LISTS.contains(local)) {
            lists = true;
            skipping = depth;
        } else if (!TEI.equals(uri) || !FRAME.contains(local)) {
            edition = true;
            throw new Known();
        }
    }

    @Override
    public void endElement(String uri, String local, String qualified) {
        if (skipping == depth) {
            skipping = 0;
        }
        depth--;
    }
}
