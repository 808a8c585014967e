package org.sigla.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.Reader;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import net.sf.saxon.lib.ResourceRequest;
import net.sf.saxon.om.NodeInfo;
import net.sf.saxon.s9api.Processor;
import org.junit.jupiter.api.Test;

/** The stylesheets' own files are read once and shared; nothing else is served from the cache. */
class StylesheetFilesTest {

    private final Processor processor = new Processor(false);
    private final URL root = StylesheetFilesTest.class.getResource("/org/sigla/xslt/edition.xsl");

    @Test
    void theInterfaceWordsAreParsedOnceForEveryTransformation() throws Exception {
        StylesheetFiles files = new StylesheetFiles(processor, new URL(root, "./"));
        NodeInfo first = (NodeInfo) files.resolve(request("../../messages/messages.xml", new URL(root, "modules/common/l10n.xsl")));
        NodeInfo again = (NodeInfo) files.resolve(request("../../messages/messages.xml", new URL(root, "modules/common/l10n.xsl")));
        assertNotNull(first);
        assertSame(first, again, "the same tree, not a second parse");
        assertEquals("messages", first.iterateAxis(net.sf.saxon.om.AxisInfo.CHILD, net.sf.saxon.pattern.NodeKindTest.ELEMENT).next().getLocalPart());
    }

    @Test
    void theStyleIsReadAsItIsWritten() throws Exception {
        StylesheetFiles files = new StylesheetFiles(processor, new URL(root, "./"));
        try (Reader css = files.resolve(new URL(root, "assets/sigla.css").toURI(), "UTF-8", processor.getUnderlyingConfiguration())) {
            assertEquals(Files.readString(Path.of("xslt", "assets", "sigla.css")), read(css));
        }
    }

    @Test
    void filesOutsideTheStylesheetsAreLeftToSaxon(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        StylesheetFiles files = new StylesheetFiles(processor, new URL(root, "./"));
        Path elsewhere = Files.writeString(folder.resolve("other.xml"), "<other/>");
        assertNull(files.resolve(request(elsewhere.toUri().toString(), null)));
        try (Reader text = files.resolve(URI.create(elsewhere.toUri().toString()), "UTF-8", processor.getUnderlyingConfiguration())) {
            assertEquals("<other/>", read(text));
        }
    }

    private static String read(Reader reader) throws java.io.IOException {
        java.io.StringWriter text = new java.io.StringWriter();
        reader.transferTo(text);
        return text.toString();
    }

    private static ResourceRequest request(String uri, URL base) {
        ResourceRequest request = new ResourceRequest();
        request.uri = uri;
        request.baseUri = base == null ? null : base.toExternalForm();
        request.nature = ResourceRequest.XML_NATURE;
        return request;
    }
}
