package org.sigla.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.sigla.Edition;

/**
 * The TEI Consortium's stylesheets (../shared/peers/tei-stylesheets, for benchmarks only): their
 * HTML view (html/html.xsl) and their plain text (txt/tei-to-text.xsl), compiled once and run
 * on the documents Sigla parsed, as an editor who did not have Sigla would run them.
 */
final class PeerStylesheets {

    static final Path HOME = Path.of("..", "shared", "peers", "tei-stylesheets");

    private final XsltExecutable html;
    private final XsltExecutable text;

    private PeerStylesheets(XsltExecutable html, XsltExecutable text) {
        this.html = html;
        this.text = text;
    }

    /** The peer, or null (with a line saying why) where ../shared/peers is not beside the checkout. */
    static PeerStylesheets load(Processor processor) throws SaxonApiException {
        if (!Files.isDirectory(HOME)) {
            System.out.println("peer: " + HOME.toAbsolutePath() + " is absent; the TEI Stylesheets are not measured");
            return null;
        }
        return new PeerStylesheets(
                processor.newXsltCompiler().compile(new StreamSource(new File(HOME.resolve("html/html.xsl").toString()))),
                processor.newXsltCompiler().compile(new StreamSource(new File(HOME.resolve("txt/tei-to-text.xsl").toString()))));
    }

    void html(Edition edition, Path out) throws SaxonApiException {
        run(html, edition, out.resolve(edition.name() + ".peer.html"));
    }

    void text(Edition edition, Path out) throws SaxonApiException {
        run(text, edition, out.resolve(edition.name() + ".peer.txt"));
    }

    private static void run(XsltExecutable stylesheet, Edition edition, Path file) throws SaxonApiException {
        Xslt30Transformer transformer = stylesheet.load30();
        transformer.setGlobalContextItem(edition.document());
        transformer.setBaseOutputURI(file.toUri().toString());
        transformer.applyTemplates(edition.document(), transformer.newSerializer(file.toFile()));
    }

    /** The files both the peer's views handle; the others are named, once. */
    List<Path> handled(List<Path> files, org.sigla.Sigla sigla, Path out) {
        List<Path> handled = new ArrayList<>();
        for (Path file : files) {
            try {
                Edition edition = sigla.read(file);
                html(edition, out);
                text(edition, out);
                handled.add(file);
            } catch (Exception | StackOverflowError e) {
                String message = String.valueOf(e.getMessage()).replaceAll("\\s+", " ");
                System.out.println("peer: fails on " + file.getFileName() + ": " + message.substring(0, Math.min(120, message.length())));
            }
        }
        return handled;
    }
}
