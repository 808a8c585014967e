package org.sigla.views;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import javax.xml.transform.stream.StreamSource;
import net.sf.saxon.s9api.ItemType;
import net.sf.saxon.s9api.NullDestination;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmAtomicValue;
import net.sf.saxon.s9api.XdmDestination;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.sigla.Edition;

/**
 * The view stylesheets (edition.xsl for every view but print, print-fo.xsl for print), each
 * compiled once, on first use, and shared across editions and threads (a compiled
 * {@link XsltExecutable} is thread-safe; each rendering gets its own transformer).
 */
public final class Views implements Renderer {

    private static final String XSLT_ROOT = "/org/sigla/xslt/";
    private static final String EDITION_STYLESHEET = "edition.xsl";
    private static final String PRINT_STYLESHEET = "print-fo.xsl";
    private static final String LATEX_STYLESHEET = "latex.xsl";
    /** The stylesheet parameter that chooses the print edition's engine: "fop" (the default) or "latex". */
    public static final String PRINT_ENGINE = "print-engine";

    private final Processor processor;
    private final Map<String, XsltExecutable> compiled = new ConcurrentHashMap<>();
    private XsltExecutable corpusPage;
    private Path printConfiguration;
    private Printer printer;
    private volatile Path imageCache;

    public Views(Processor processor) {
        this.processor = processor;
    }

    /** An editor's FOP configuration (fonts to embed, say) for the print view; null for FOP's defaults. */
    public synchronized void setPrintConfiguration(Path configuration) {
        this.printConfiguration = configuration;
        this.printer = null;
    }

    /**
     * Where page images converted or cut into tiles are kept between builds (see {@link Facsimiles});
     * null to make them again each time.
     */
    public void setImageCache(Path folder) {
        this.imageCache = folder;
    }

    private synchronized Printer printer() throws ViewException {
        if (printer == null) {
            printer = Printer.create(printConfiguration);
        }
        return printer;
    }

    /**
     * Renders views of an edition into {@code folder}: the print view through FOP, all the others
     * in one transformation, so that what they share is computed once. A view that fails does
     * not take the others down: when the shared transformation fails, each of its views is
     * rendered again on its own, and only those that fail alone are reported as failed (their
     * files are removed, never left half-written).
     *
     * @param parameters stylesheet parameters by name (see README); values are cast to the parameter's type
     * @throws ViewException only when no edition could be rendered (a stylesheet missing or not compiling)
     */
    @Override
    public Rendering render(Set<View> views, Edition edition, Path folder, Map<String, String> parameters)
            throws ViewException {
        Set<String> warnings = new LinkedHashSet<>();
        Map<View, String> failures = new EnumMap<>(View.class);
        List<Path> read = new ArrayList<>();
        List<View> transformed = views.stream().filter(view -> view != View.PDF && view != View.LATEX).sorted().toList();
        if (!transformed.isEmpty()) {
            XsltExecutable stylesheet = edition();
            Map<String, XdmValue> extra = new HashMap<>();
            if (transformed.contains(View.HTML) || transformed.contains(View.SYNOPSIS)) {
                Facsimiles.Prepared images = facsimileImages(stylesheet, edition, folder, true, warnings);
                if (images != null) {
                    extra.put("facsimile-images", images.images());
                    warnings.addAll(images.warnings());
                    read.addAll(images.read());
                }
            }
            try {
                transform(stylesheet, transformed, edition, folder, parameters, extra, warnings);
            } catch (SaxonApiException together) {
                for (View view : transformed) {
                    try {
                        transform(stylesheet, List.of(view), edition, folder, parameters, extra, warnings);
                    } catch (SaxonApiException alone) {
                        failures.put(view, Failure.describe(edition, view, alone));
                    }
                }
            }
        }
        if (views.contains(View.PDF)) {
            try {
                if ("latex".equals(parameters.get(PRINT_ENGINE))) {
                    XsltExecutable latex = stylesheet(LATEX_STYLESHEET);
                    LatexPrinter.print(latex, edition, folder.resolve(View.PDF.primaryFile()), parameters, plates(latex, edition, parameters, warnings), warnings);
                } else {
                    printer().print(print(), edition, folder.resolve(View.PDF.primaryFile()), parameters, warnings);
                }
            } catch (ViewException e) {
                failures.put(View.PDF, e.getMessage());
            }
        }
        if (views.contains(View.LATEX)) {
            try {
                XsltExecutable latex = stylesheet(LATEX_STYLESHEET);
                LatexPrinter.writeTex(latex, edition, folder.resolve(View.LATEX.primaryFile()), parameters,
                        plates(latex, edition, parameters, warnings).prepare(folder));
            } catch (ViewException e) {
                failures.put(View.LATEX, e.getMessage());
            }
        }
        for (View failed : failures.keySet()) {
            for (String file : failed.written(parameters)) {
                try {
                    if (Files.isDirectory(folder.resolve(file))) {
                        continue; // the page images, which the other pages may show
                    }
                    Files.deleteIfExists(folder.resolve(file));
                } catch (IOException e) {
                    throw new ViewException(folder.resolve(file) + ": error: a failed view's file cannot be removed: " + e.getMessage(), e);
                }
            }
        }
        return new Rendering(new ArrayList<>(warnings), failures, read);
    }

    /**
     * The edition's local page images, made ready in the folder; null where its pages show none.
     * Which images those are is the stylesheets' to say (template sg:facsimile-files), so that
     * the pages and the files copied never disagree. Images that cannot be made ready cost the
     * pages their images (a warning), never the pages themselves.
     */
    private Facsimiles.Prepared facsimileImages(XsltExecutable stylesheet, Edition edition, Path folder, boolean tiles, Set<String> warnings) {
        XdmNode document = edition.document();
        try {
            if (!processor.newXPathCompiler().evaluateSingle("exists(/*/*:facsimile) or exists(/*/*:text//*:pb/@facs)", document).getStringValue().equals("true")) {
                return null;
            }
            Xslt30Transformer transformer = stylesheet.load30();
            transformer.setGlobalContextItem(document);
            XdmDestination listed = new XdmDestination();
            transformer.callTemplate(new QName("http://sigla.org/ns", "facsimile-files"), listed);
            List<Facsimiles.Named> named = new ArrayList<>();
            for (XdmNode file : listed.getXdmNode().select(net.sf.saxon.s9api.streams.Steps.descendant("file")).toList()) {
                XdmItem attribute = processor.newXPathCompiler().evaluateSingle(file.attribute("path"), document);
                named.add(new Facsimiles.Named(java.net.URI.create(file.attribute("uri")), file.attribute("url"), (XdmNode) attribute));
            }
            return named.isEmpty() ? null : Facsimiles.prepare(processor, edition, named, folder, imageCache, tiles);
        } catch (SaxonApiException | IllegalArgumentException | ClassCastException e) {
            warnings.add("warning: the page images cannot be listed (" + Failure.cause(e) + "); the pages show none [facsimile]");
        } catch (IOException e) {
            warnings.add("warning: the page images cannot be written into " + folder + " (" + e.getMessage() + "); the pages show none [facsimile]");
        }
        return null;
    }

    /**
     * LaTeX reads only in its own folder: where plates are asked for, their images are copied
     * (and converted, but kept whole) into the folder the .tex is in.
     */
    private LatexPrinter.Plates plates(XsltExecutable latex, Edition edition, Map<String, String> parameters, Set<String> warnings) {
        return folder -> {
            if (!Set.of("true", "1").contains(String.valueOf(parameters.get("facsimile-plates")).trim())) {
                return Map.of();
            }
            Facsimiles.Prepared images = facsimileImages(latex, edition, folder, false, warnings);
            if (images == null) {
                return Map.of();
            }
            warnings.addAll(images.warnings());
            return Map.of("facsimile-images", images.images());
        };
    }

    private void transform(XsltExecutable stylesheet, List<View> views, Edition edition, Path folder,
                           Map<String, String> parameters, Map<String, XdmValue> extra, Set<String> warnings) throws SaxonApiException {
        Xslt30Transformer transformer = stylesheet.load30();
        transformer.setMessageHandler(message -> warnings.add(message.getContent().getStringValue()));
        Map<QName, XdmValue> typed = typed(parameters, edition);
        extra.forEach((name, value) -> typed.put(new QName(name), value));
        typed.put(new QName("views"), new XdmAtomicValue(views.stream().map(View::id).collect(Collectors.joining(" "))));
        transformer.setStylesheetParameters(typed);
        transformer.setGlobalContextItem(edition.document());
        // The files are named relative to the folder itself (edition.xsl writes no principal output).
        transformer.setBaseOutputURI(folder.toAbsolutePath().toUri().resolve("./").toString());
        transformer.applyTemplates(edition.document(), new NullDestination());
    }

    /** Renders one view of an edition into {@code folder}, and fails if it fails; see {@link #render(Set, Edition, Path, Map)}. */
    public List<String> render(View view, Edition edition, Path folder, Map<String, String> parameters) throws ViewException {
        Rendering rendering = render(Set.of(view), edition, folder, parameters);
        if (rendering.failures().containsKey(view)) {
            throw new ViewException(rendering.failures().get(view), null);
        }
        return rendering.warnings();
    }

    /** The corpus page: every edition of an output folder, from its manifest (xslt/corpus.xsl). */
    /** The pages at the root of a build's output folder: the home page, and the corpus-wide indexes where there are entries. */
    public static final List<String> CORPUS_PAGES = List.of("index.html", "persons.html", "places.html", "organisations.html", "works.html");

    /** Whether a file at the root of an output folder is one of the corpus's pages: those above, and a page per register. */
    public static boolean isCorpusPage(String name) {
        return CORPUS_PAGES.contains(name) || name.matches("register-[\\w.-]+\\.html")
                || name.equals(SEARCH_PAGE) || name.equals(org.sigla.search.SearchIndex.INDEX);
    }

    /** The corpus's search page, beside its home page. */
    public static final String SEARCH_PAGE = "search.html";

    /**
     * Writes the home page of an output folder from its manifest (xslt/corpus.xsl) into
     * {@code folder}, and beside it the corpus-wide indexes, from the editions' mentions.xml
     * files and the project's registers.
     */
    public void renderCorpusPages(Path manifest, List<Edition> registers, Path folder) throws ViewException {
        renderCorpusPages(manifest, registers, List.of(), folder);
    }

    /**
     * As above, and the search page over the indexes of these languages (modules/html/search-page.xsl),
     * with a search box on the home page; none without.
     */
    public void renderCorpusPages(Path manifest, List<Edition> registers, List<String> searchLanguages, Path folder) throws ViewException {
        try {
            XsltExecutable corpus = corpusPage();
            Xslt30Transformer transformer = corpus.load30();
            Map<QName, XdmValue> parameters = new HashMap<>();
            if (!registers.isEmpty()) {
                parameters.put(new QName("registers"), new XdmValue(registers.stream().map(Edition::document).toList()));
            }
            if (!searchLanguages.isEmpty()) {
                parameters.put(new QName("search-languages"), new XdmValue(searchLanguages.stream().map(XdmAtomicValue::new).toList()));
            }
            if (!parameters.isEmpty()) {
                transformer.setStylesheetParameters(parameters);
            }
            transformer.setBaseOutputURI(folder.resolve("index.html").toUri().toString());
            transformer.transform(new StreamSource(manifest.toFile()), transformer.newSerializer(folder.resolve("index.html").toFile()));
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

    XsltExecutable edition() throws ViewException {
        return stylesheet(EDITION_STYLESHEET);
    }

    XsltExecutable print() throws ViewException {
        return stylesheet(PRINT_STYLESHEET);
    }

    private XsltExecutable stylesheet(String name) throws ViewException {
        try {
            return compiled.computeIfAbsent(name, this::compileResource);
        } catch (IllegalStateException e) {
            throw new ViewException(e.getMessage(), e.getCause());
        }
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
    static Map<QName, XdmValue> typed(Map<String, String> parameters, Edition edition) throws SaxonApiException {
        Map<QName, XdmValue> typed = new HashMap<>();
        for (Map.Entry<String, String> parameter : parameters.entrySet()) {
            typed.put(new QName(parameter.getKey()), new XdmAtomicValue(parameter.getValue(), ItemType.UNTYPED_ATOMIC));
        }
        // The project's registers, parsed once for all its editions (modules/common/registers.xsl).
        if (!edition.registers().isEmpty()) {
            typed.put(new QName("registers"), new XdmValue(edition.registers()));
        }
        return typed;
    }
}
