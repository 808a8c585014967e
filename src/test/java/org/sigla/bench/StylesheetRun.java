package org.sigla.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.Xslt30Transformer;

/**
 * One configuration of {@link FairBenchmark}, alone in its JVM: a stylesheet (or Saxon's identity
 * copy) compiled once, then run over every file of a corpus part, parse, transformation and
 * serialization, as an editor runs it; first passes that are not counted, at least
 * {@code warm-ups} of them and for at least {@code warm-up-seconds}, then passes that are, at
 * least {@code passes} and for at least a second. Prints one line, "seconds: s1 s2 …", one figure
 * per counted pass.
 *
 * <p>{@code probe} prints instead the files both of the peer's views transform without error, one
 * per line: the files every configuration of the part then runs on.
 *
 * <p>Usage: {@code StylesheetRun <configuration> <warm-ups> <passes> <warm-up-seconds> <out-folder> <file>…}
 */
public final class StylesheetRun {

    /** The least time the counted passes take together: a part of one letter gets many passes. */
    private static final double MEASURED_SECONDS = 1.0;

    /** What each configuration runs, with its parameters: the stylesheet's path, and Sigla's own in xslt/. */
    static final Map<String, String> STYLESHEETS = Map.of(
            "sigla-html", "xslt/html.xsl", "sigla-views", "xslt/edition.xsl", "sigla-text", "xslt/text.xsl",
            "peer-html", PeerStylesheets.HOME.resolve("html/html.xsl").toString(),
            "peer-text", PeerStylesheets.HOME.resolve("txt/tei-to-text.xsl").toString());

    public static void main(String[] args) throws Exception {
        String configuration = args[0];
        int warmUps = Integer.parseInt(args[1]);
        int passes = Integer.parseInt(args[2]);
        double warmUpSeconds = Double.parseDouble(args[3]);
        Path out = Files.createDirectories(Path.of(args[4]));
        List<Path> files = new ArrayList<>();
        for (int i = 5; i < args.length; i++) {
            files.add(Path.of(args[i]));
        }
        Processor processor = new Processor(false);
        if (configuration.equals("probe")) {
            XsltExecutable html = compile(processor, STYLESHEETS.get("peer-html"));
            XsltExecutable text = compile(processor, STYLESHEETS.get("peer-text"));
            for (Path file : files) {
                try {
                    transform(processor, html, file, out.resolve("probe.html"), Map.of());
                    transform(processor, text, file, out.resolve("probe.txt"), Map.of());
                    System.out.println(file);
                } catch (Exception | StackOverflowError e) {
                    // Not a file of the part: the peer cannot show it.
                }
            }
            return;
        }
        XsltExecutable stylesheet = configuration.equals("identity") ? null : compile(processor, STYLESHEETS.get(configuration));
        // Sigla's web view as one page, as the peer writes one; its views without the build's search records.
        Map<QName, XdmValue> parameters = configuration.equals("sigla-html") ? Map.of(new QName("source-page"), new XdmAtomicValue("")) : Map.of();
        // Warm-up and measure by time as well as by passes: a part of one short letter is warm only
        // after hundreds of transformations, a part of twenty plays after a few passes.
        StringBuilder line = new StringBuilder("seconds:");
        long warmUntil = System.nanoTime() + (long) (warmUpSeconds * 1e9);
        for (int pass = 0; pass < warmUps || System.nanoTime() < warmUntil; pass++) {
            runPass(processor, stylesheet, files, out, configuration, parameters);
        }
        long measureUntil = System.nanoTime() + (long) (MEASURED_SECONDS * 1e9);
        for (int pass = 0; pass < passes || System.nanoTime() < measureUntil; pass++) {
            long start = System.nanoTime();
            runPass(processor, stylesheet, files, out, configuration, parameters);
            line.append(String.format(Locale.ROOT, " %.4f", (System.nanoTime() - start) / 1e9));
        }
        System.out.println(line);
    }

    /** One pass over the part: each file parsed, transformed and written (or copied, for the identity). */
    private static void runPass(Processor processor, XsltExecutable stylesheet, List<Path> files, Path out, String configuration,
                                Map<QName, XdmValue> parameters) throws SaxonApiException {
        for (Path file : files) {
            Path result = out.resolve(file.getFileName() + "." + configuration);
            if (stylesheet == null) {
                XdmNode document = processor.newDocumentBuilder().build(file.toFile());
                processor.writeXdmValue(document, processor.newSerializer(result.toFile()));
            } else {
                transform(processor, stylesheet, file, result, parameters);
            }
        }
    }

    static XsltExecutable compile(Processor processor, String stylesheet) throws SaxonApiException {
        return processor.newXsltCompiler().compile(new StreamSource(new File(stylesheet)));
    }

    static void transform(Processor processor, XsltExecutable stylesheet, Path file, Path result, Map<QName, XdmValue> parameters)
            throws SaxonApiException {
        Xslt30Transformer transformer = stylesheet.load30();
        transformer.setStylesheetParameters(parameters);
        XdmNode document = processor.newDocumentBuilder().build(file.toFile());
        transformer.setGlobalContextItem(document);
        transformer.setBaseOutputURI(result.toUri().toString());
        transformer.applyTemplates(document, transformer.newSerializer(result.toFile()));
    }
}
