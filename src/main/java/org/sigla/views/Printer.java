package org.sigla.views;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import net.sf.saxon.s9api.SAXDestination;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.model.EventSeverity;
import org.sigla.Edition;
import org.xml.sax.SAXException;

/**
 * Typesets the print view with Apache FOP, the FO events streamed from Saxon straight into
 * FOP. The apparatus of each page is placed after the page's last call, which needs the
 * pages of the calls: the edition is first laid out as text, the pages read back, and laid
 * out again until they no longer move (at most {@value #MAX_LAYOUTS} times).
 */
final class Printer {

    private static final int MAX_LAYOUTS = 4;
    /** FOP logs its progress through commons-logging (to java.util.logging); Sigla reports FOP's events itself. */
    private static final List<Logger> QUIET = Stream.of("org.apache.fop", "org.apache.xmlgraphics")
            .map(Logger::getLogger).peek(logger -> logger.setLevel(Level.SEVERE)).toList();
    private static final Pattern MEASURE = Pattern.compile("@@(\\S+?)=\\s*(\\d+)");

    /**
     * One FOP per thread: FOP reads its configuration (the fonts) lazily, as each document starts,
     * from a DOM that is not safe to read from two threads at once (a corpus build failed now and
     * then with a NullPointerException inside FOP's configuration).
     */
    private final ThreadLocal<FopFactory> fopFactories;
    /** Why the default fonts are not used (they are not installed), or null. */
    private final String fontProblem;

    private Printer(Factory factory, String fontProblem) throws SAXException, IOException {
        factory.make();
        this.fopFactories = ThreadLocal.withInitial(() -> {
            try {
                return factory.make();
            } catch (SAXException | IOException e) {
                throw new IllegalStateException("the FOP configuration, read once already, cannot be read again", e);
            }
        });
        this.fontProblem = fontProblem;
    }

    /** Makes a FOP factory (from a configuration already read once, so it does not fail). */
    private interface Factory {
        FopFactory make() throws SAXException, IOException;
    }

    /**
     * With the default print fonts (see {@link PrintFonts}) where they are installed, else with
     * FOP's own (the PDF standard fonts, Latin only), or with an editor's FOP configuration.
     */
    static Printer create(Path configuration) throws ViewException {
        try {
            if (configuration != null) {
                return new Printer(() -> new FopConfParser(configuration.toFile()).getFopFactoryBuilder().build(), null);
            }
            PrintFonts fonts = PrintFonts.installed();
            URI base = Path.of(".").toAbsolutePath().toUri();
            if (!fonts.complete()) {
                return new Printer(() -> FopFactory.newInstance(base), fonts.problem().orElseThrow());
            }
            byte[] defaults = fonts.fopConfiguration().getBytes(StandardCharsets.UTF_8);
            return new Printer(() -> new FopConfParser(new ByteArrayInputStream(defaults), base).getFopFactoryBuilder().build(), null);
        } catch (SAXException | IOException e) {
            throw new ViewException(configuration + ": error: the FOP configuration cannot be used: " + Failure.cause(e), e);
        }
    }

    /** Writes the PDF; adds FOP's warnings to {@code warnings}, each once (a missing glyph, say), in the editor's words. */
    void print(XsltExecutable stylesheet, Edition edition, Path pdf, Map<String, String> parameters,
              Set<String> warnings) throws ViewException {
        if (fontProblem != null) {
            // The standard fonts' name, else FOP warns of every family it does not know.
            parameters = new HashMap<>(parameters);
            parameters.putIfAbsent("font-family", "Times");
            warnings.add("warning: " + fontProblem + "; the PDF is set in the PDF standard fonts, which have only Latin letters [print-fonts]");
        }
        try {
            String pages = "";
            for (int layout = 1; layout <= MAX_LAYOUTS; layout++) {
                Map<String, String> measuring = new HashMap<>(parameters);
                measuring.put("measure", "true");
                measuring.put("page-map", pages);
                ByteArrayOutputStream text = new ByteArrayOutputStream();
                // The warnings of a layout that is only measured come again in the final one.
                typeset(stylesheet, edition, measuring, MimeConstants.MIME_PLAIN_TEXT, text, new LinkedHashSet<>());
                String measured = pageMap(text.toString(StandardCharsets.UTF_8));
                if (measured.equals(pages)) {
                    break;
                }
                pages = measured;
            }
            Map<String, String> printing = new HashMap<>(parameters);
            printing.put("page-map", pages);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(pdf))) {
                typeset(stylesheet, edition, printing, MimeConstants.MIME_PDF, out, warnings);
            }
        } catch (IOException | FOPException | SaxonApiException e) {
            throw new ViewException(edition.file() + ": error: the print edition could not be typeset: " + Failure.cause(e)
                    + " [view-pdf]", e);
        }
    }

    private void typeset(XsltExecutable stylesheet, Edition edition, Map<String, String> parameters, String format,
                         OutputStream out, Set<String> warnings) throws FOPException, SaxonApiException {
        FopFactory fopFactory = fopFactories.get();
        FOUserAgent agent = fopFactory.newFOUserAgent();
        agent.getEventBroadcaster().addEventListener(event -> report(event, warnings));
        agent.setTitle(null);
        Fop fop = fopFactory.newFop(format, agent, out);
        Xslt30Transformer transformer = stylesheet.load30();
        transformer.setMessageHandler(message -> warnings.add(message.getContent().getStringValue()));
        transformer.setStylesheetParameters(Views.typed(parameters, edition));
        transformer.setGlobalContextItem(edition.document());
        transformer.applyTemplates(edition.document(), new SAXDestination(fop.getDefaultHandler()));
    }

    /** FOP's warnings and errors, rephrased for an editor; a missing glyph names the character. */
    private static void report(Event event, Set<String> warnings) {
        if (event.getSeverity() == EventSeverity.INFO) {
            return;
        }
        if (event.getEventKey().equals("glyphNotAvailable")) {
            Object ch = event.getParam("ch");
            String character = ch == null ? "?" : ch.toString();
            int code = character.isEmpty() ? 0 : character.codePointAt(0);
            warnings.add(String.format("warning: the font %s has no glyph for U+%04X (%s); the PDF shows # instead; "
                    + "configure a font that has it (--fop-config) [missing-glyph]", event.getParam("fontName"), code, character));
        } else {
            warnings.add("warning: " + EventFormatter.format(event) + " [fop]");
        }
    }

    /** "id=page id=page …" from the text layout's measure lines, sorted so that two layouts compare. */
    private static String pageMap(String layoutText) {
        Map<String, String> pages = new TreeMap<>();
        Matcher line = MEASURE.matcher(layoutText);
        while (line.find()) {
            pages.putIfAbsent(line.group(1), line.group(2));
        }
        StringBuilder map = new StringBuilder();
        pages.forEach((id, page) -> map.append(map.length() == 0 ? "" : " ").append(id).append('=').append(page));
        return map.toString();
    }
}
