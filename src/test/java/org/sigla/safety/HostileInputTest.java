package org.sigla.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigla.publish.Build;
import org.sigla.publish.BuildListener;
import org.sigla.support.Editions;
import org.sigla.support.Xml;
import org.sigla.validate.Problem;
import org.sigla.views.View;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/** A source that tries to put script or unsafe links into the web edition gets neither. */
class HostileInputTest {

    private static final Path HOSTILE = Path.of("src", "test", "resources", "hostile", "hostile.xml");

    @TempDir
    Path folder;

    @Test
    void noSourceContentBecomesScriptMarkupOrAnUnsafeLink() throws Exception {
        List<String> warnings = new ArrayList<>();
        new Build(Editions.sigla(), Editions.sigla().validator()).run(List.of(HOSTILE),
                new Build.Options(folder, EnumSet.of(View.HTML, View.APPARATUS_HTML), Map.of(), true), new BuildListener() {
                    @Override
                    public void problem(Problem problem) { }

                    @Override
                    public void warning(Path edition, String message) {
                        warnings.add(message);
                    }

                    @Override
                    public void failed(Path edition, String message) {
                        throw new AssertionError(message);
                    }

                    @Override
                    public void built(Path edition, Path out) { }
                });
        int links = 0;
        for (Path page : org.sigla.support.Editions.pages(folder.resolve("hostile"))) {
            Document html = Xml.htmlDom(page);
            NodeList scripts = html.getElementsByTagNameNS(Xml.XHTML, "script");
            assertEquals(1, scripts.getLength(), page + ": only the edition's own script");
            assertFalse(scripts.item(0).getTextContent().contains("alert("), page.toString());
            for (String tag : List.of("iframe", "img", "object", "embed", "b")) {
                assertEquals(0, html.getElementsByTagNameNS(Xml.XHTML, tag).getLength(), page + ": <" + tag + "> from the source");
            }
            NodeList all = html.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                NamedNodeMap attributes = ((Element) all.item(i)).getAttributes();
                for (int j = 0; j < attributes.getLength(); j++) {
                    Attr attribute = (Attr) attributes.item(j);
                    String name = attribute.getName().toLowerCase();
                    assertFalse(name.startsWith("on"), page + ": event attribute " + name);
                    if (name.equals("href") || name.equals("src")) {
                        String address = attribute.getValue().replaceAll("[\\p{Cc}\\p{Z}]", "").toLowerCase();
                        assertFalse(address.matches("^(javascript|vbscript|data):.*"), page + ": unsafe " + name + " " + address);
                        links++;
                    }
                }
            }
            String text = html.getDocumentElement().getTextContent();
            if (!page.endsWith("apparatus.html")) {
                assertTrue(text.contains("<script>alert('text')</script>"), page + ": the source's text is shown as text");
            }
        }
        assertTrue(links > 15, "links checked: " + links); // index and apparatus pages: the hostile source reads alike, no source page
        String index = Files.readString(folder.resolve("hostile/index.html"));
        assertTrue(index.contains("href=\"https://example.org/ok\"") && index.contains("href=\"https://example.org/fine\""),
                "safe links are kept");
        assertEquals(List.of("built although invalid, as --force asked"), warnings, "no element went unrendered");
    }
}
