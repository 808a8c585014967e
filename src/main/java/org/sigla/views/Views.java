package org.sigla.views;

import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.ItemType;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.sigla.Edition;

/**
 * The view stylesheets, each compiled once, on first use, and shared across editions and
 * threads (a compiled {@link XsltExecutable} is thread-safe; each rendering gets its own
 * transformer).
 */
public final class Views {

    private static final String XSLT_ROOT = "/org/sigla/xslt/";

    private final Processor processor;
    private final Map<View, XsltExecutable> compiled = new ConcurrentHashMap<>();
    private XsltExecutable corpusPage;
    private Path printConfiguration;
    private Printer printer;

    public Views(Processor processor) {
        this.processor = processor;
    }

    /** An editor's FOP configuration (fonts to embed, say) for the print view; null for FOP's defaults. */
    public synchronized void setPrintConfiguration(Path configuration) {
        this.printConfiguration = configuration;
        this.printer = null;
    }

    private synchronized Printer printer() throws ViewException {
        if (printer == null) {
            printer = Printer.create(printConfiguration);
        }
        return printer;
    }

    /**
     * Renders one view of an edition into {@code folder}.
     *
     * @param parameters stylesheet parameters by name (see README); values are cast to the parameter's type
     * @return the warnings the stylesheet gave (unhandled elements, say), each once
     */
    public List<String> render(View view, Edition edition, Path folder, Map<String, String> parameters)
            throws ViewException {
        XsltExecutable stylesheet = stylesheet(view);
        Set<String> warnings = new LinkedHashSet<>();
        if (view == View.PDF) {
            return new ArrayList<>(printer().print(stylesheet, edition, folder.resolve(view.primaryFile()), parameters, warnings));
        }
        try {
            Xslt30Transformer transformer = stylesheet.load30();
            transformer.setMessageHandler(message -> warnings.add(message.getContent().getStringValue()));
            transformer.setStylesheetParameters(typed(parameters));
            transformer.setGlobalContextItem(edition.document());
            Path primary = folder.resolve(view.primaryFile());
            transformer.setBaseOutputURI(primary.toUri().toString());
            Serializer output = transformer.newSerializer(primary.toFile());
            transformer.applyTemplates(edition.document(), output);
        } catch (SaxonApiException e) {
            throw new ViewException(edition.file() + ": error: the " + view.name().toLowerCase().replace('_', ' ')
                    + " view failed: " + e.getMessage(), e);
        }
        return new ArrayList<>(warnings);
    }

    /** The corpus page: every edition of an output folder, from its manifest (xslt/corpus.xsl). */
    public void renderCorpusPage(Path manifest, Path page) throws ViewException {
        try {
            XsltExecutable corpus = corpusPage();
            Xslt30Transformer transformer = corpus.load30();
            transformer.transform(new StreamSource(manifest.toFile()), transformer.newSerializer(page.toFile()));
        } catch (SaxonApiException e) {
            throw new ViewException(manifest + ": error: the corpus page failed: " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new ViewException(e.getMessage(), e.getCause());
        }
    }

    private synchronized XsltExecutable corpusPage() {
        if (corpusPage == null) {
            corpusPage = compileResource("corpus.xsl");
        }
        return corpusPage;
    }

    XsltExecutable stylesheet(View view) throws ViewException {
        try {
            return compiled.computeIfAbsent(view, this::compile);
        } catch (IllegalStateException e) {
            throw new ViewException(e.getMessage(), e.getCause());
        }
    }

    private XsltExecutable compile(View view) {
        return compileResource(view.stylesheet());
    }

    private XsltExecutable compileResource(String stylesheet) {
        URL url = Views.class.getResource(XSLT_ROOT + stylesheet);
        if (url == null) {
            throw new IllegalStateException(stylesheet + " is missing from Sigla's jar");
        }
        try {
            return processor.newXsltCompiler().compile(new StreamSource(url.toExternalForm()));
        } catch (SaxonApiException e) {
            throw new IllegalStateException("the stylesheet " + stylesheet + " does not compile: " + e.getMessage(), e);
        }
    }

    /** Parameters arrive as strings; as untyped values Saxon casts them to each xsl:param's declared type. */
    static Map<QName, XdmValue> typed(Map<String, String> parameters) throws SaxonApiException {
        Map<QName, XdmValue> typed = new HashMap<>();
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            typed.put(new QName(parameter.getKey()), new XdmAtomicValue(parameter.getValue(), ItemType.UNTYPED_ATOMIC));
        }
        return typed;
    }
}
