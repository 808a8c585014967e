package org.sigla.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.lib.StandardUnparsedTextResolver;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigla.support.Editions;

/**
 * The stylesheets read their own files (the interface words, the list of TEI elements, the
 * print fonts, the pages' style and scripts, the image viewer's library) once, when they are
 * compiled: a transformation reads none of them again. Read for each edition, they were most of
 * the web view of a short letter.
 */
class OwnFilesTest {

    @Test
    void aTransformationReadsNoneOfTheStylesheetsOwnFiles(@TempDir Path out) throws Exception {
        Processor processor = new Processor(false);
        URL root = new URL(OwnFilesTest.class.getResource("/org/sigla/xslt/edition.xsl"), "./");
        List<String> read = new ArrayList<>();
        for (String stylesheet : List.of("edition.xsl", "print-fo.xsl", "latex.xsl")) {
            XsltExecutable compiled = processor.newXsltCompiler().compile(new StreamSource(new URL(root, stylesheet).toExternalForm()));
            for (Path edition : List.of(Editions.MEMOIR, Path.of("src", "test", "resources", "facsimile", "letter.xml"))) {
                Xslt30Transformer transformer = compiled.load30();
                transformer.setResourceResolver(request -> {
                    read.add(request.uri);
                    return null;
                });
                transformer.getUnderlyingController().setUnparsedTextURIResolver((uri, encoding, config) -> {
                    read.add(uri.toString());
                    return new StandardUnparsedTextResolver().resolve(uri, encoding, config);
                });
                transformer.setMessageHandler(message -> { });
                Path primary = Files.createDirectories(out.resolve(stylesheet).resolve(edition.getFileName().toString())).resolve("out");
                transformer.setBaseOutputURI(primary.toUri().toString());
                transformer.transform(new StreamSource(edition.toFile()), transformer.newSerializer(primary.toFile()));
            }
        }
        assertEquals(List.of(), read.stream().filter(uri -> uri.contains("/xslt/") || uri.contains("assets") || uri.contains("messages")).toList());
        // What they read once is what the pages carry.
        Path letter = out.resolve("edition.xsl").resolve("letter.xml");
        assertTrue(Files.readString(letter.resolve("index.html")).contains(Files.readString(Path.of("xslt", "assets", "sigla.css"))));
        assertEquals(Files.readString(Path.of("node_modules", "openseadragon", "build", "openseadragon", "openseadragon.min.js")),
                Files.readString(letter.resolve("openseadragon.min.js")));
    }
}
