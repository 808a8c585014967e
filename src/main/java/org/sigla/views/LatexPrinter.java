package org.sigla.views;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.SaxonApiException;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.Xslt30Transformer;
import org.sigla.Edition;

/**
 * The print edition through LaTeX: xslt/latex.xsl writes the edition as reledmac markup, and
 * latexmk runs LuaLaTeX on it (as many passes as reledmac's line numbers need) in a folder
 * of its own, with shell escape off and TeX allowed to read and write only there. LaTeX's
 * errors come back as one line; the full log stays beside the output.
 */
public final class LatexPrinter {

    /**
     * The Debian packages that give LuaLaTeX, reledmac, latexmk, the hyphenation of the languages
     * critical editions are most often written and quoted in, and the fonts of every script.
     */
    public static final String PACKAGES = "texlive-luatex texlive-latex-recommended texlive-latex-extra texlive-humanities"
            + " texlive-lang-french texlive-lang-greek texlive-lang-cyrillic texlive-lang-european texlive-lang-german"
            + " texlive-lang-italian texlive-lang-spanish texlive-fonts-recommended latexmk " + PrintFonts.installed().debianPackage();
    private static final Pattern ERROR = Pattern.compile("(?m)^\\./edition\\.tex:(\\d+): (.*)$");
    private static final Pattern MISSING_GLYPH = Pattern.compile("Missing character: There is no (.+?) \\(U\\+([0-9A-F]{4,6})\\) in font ([^:;!\\s]+)");
    private static final long MINUTES = 10;

    private LatexPrinter() {}

    /** What is missing to typeset with LaTeX, as a line for the editor, or null when nothing is. */
    public static String missing() {
        for (String program : List.of("lualatex", "latexmk")) {
            if (!onPath(program)) {
                return "error: the LaTeX print edition needs " + program + "; install the Debian packages " + PACKAGES + " [latex]";
            }
        }
        return PrintFonts.installed().problem().map(fonts -> "error: " + fonts + " [print-fonts]").orElse(null);
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(File.pathSeparator)).anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    /** What puts the page images of the plates into LaTeX's folder, and the stylesheet parameters that say where. */
    @FunctionalInterface
    interface Plates {
        Map<String, XdmValue> prepare(Path folder) throws ViewException;
    }

    /** Writes the edition's LaTeX into {@code tex}. */
    static void writeTex(XsltExecutable latex, Edition edition, Path tex, Map<String, String> parameters, Map<String, XdmValue> extra)
            throws ViewException {
        try {
            Xslt30Transformer transformer = latex.load30();
            Map<QName, XdmValue> typed = Views.typed(parameters, edition);
            extra.forEach((name, value) -> typed.put(new QName(name), value));
            transformer.setStylesheetParameters(typed);
            transformer.setGlobalContextItem(edition.document());
            transformer.applyTemplates(edition.document(), transformer.newSerializer(tex.toFile()));
        } catch (SaxonApiException e) {
            throw new ViewException(edition.file() + ": error: the LaTeX edition could not be written: " + Failure.cause(e) + " [view-latex]", e);
        }
    }

    /**
     * Typesets the edition into {@code pdf}; LaTeX's log is kept beside it when LaTeX stops. A
     * character the font lacks is added to {@code warnings} by name, as the FOP route does.
     */
    static void print(XsltExecutable latex, Edition edition, Path pdf, Map<String, String> parameters, Plates plates, Set<String> warnings)
            throws ViewException {
        String missing = missing();
        if (missing != null) {
            throw new ViewException(edition.file() + ": " + missing, null);
        }
        Path work = null;
        try {
            work = Files.createTempDirectory("sigla-latex-");
            Path tex = work.resolve("edition.tex");
            writeTex(latex, edition, tex, parameters, plates.prepare(work));
            ProcessBuilder latexmk = new ProcessBuilder("latexmk", "-lualatex", "-interaction=nonstopmode", "-halt-on-error",
                    "-file-line-error", "-lualatex=lualatex --no-shell-escape %O %S", "edition.tex")
                    .directory(work.toFile()).redirectErrorStream(true).redirectOutput(work.resolve("latexmk.out").toFile());
            // TeX may read and write only in its own folder (and its installation): no \input{/etc/passwd}.
            latexmk.environment().put("openin_any", "p");
            latexmk.environment().put("openout_any", "p");
            latexmk.environment().put("shell_escape", "f");
            Process process = latexmk.start();
            if (!process.waitFor(MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new ViewException(edition.file() + ": error: LaTeX took more than " + MINUTES + " minutes; stopped [latex]", null);
            }
            Path produced = work.resolve("edition.pdf");
            if (process.exitValue() != 0 || !Files.isRegularFile(produced)) {
                Path log = work.resolve("edition.log");
                Path kept = pdf.resolveSibling("edition.latex.log");
                if (Files.exists(log)) {
                    Files.copy(log, kept, StandardCopyOption.REPLACE_EXISTING);
                }
                throw new ViewException(stop(edition, tex, log) + " (the full log: " + kept.getFileName() + ") [latex]", null);
            }
            Files.copy(produced, pdf, StandardCopyOption.REPLACE_EXISTING);
            Matcher glyph = MISSING_GLYPH.matcher(Files.readString(work.resolve("edition.log"), StandardCharsets.UTF_8));
            while (glyph.find()) {
                warnings.add(String.format("warning: the font %s has no glyph for U+%s (%s); the PDF leaves it out; choose a font that has it"
                        + " (-p latex-font=…) [missing-glyph]", glyph.group(3), glyph.group(2), glyph.group(1)));
            }
        } catch (IOException e) {
            throw new ViewException(edition.file() + ": error: LaTeX could not be run: " + e.getMessage() + " [latex]", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ViewException(edition.file() + ": error: the LaTeX run was interrupted [latex]", e);
        } finally {
            delete(work);
        }
    }

    /**
     * LaTeX's first error, in a line: the TEI element whose paragraph LaTeX stopped in
     * ({@code file:line:col}, from the comment that names it in edition.tex), the line of
     * edition.tex, and why.
     */
    public static String stop(Edition edition, Path tex, Path log) throws IOException {
        if (!Files.exists(log)) {
            return edition.file() + ": error: LaTeX stopped before it wrote a log";
        }
        Matcher error = ERROR.matcher(Files.readString(log, StandardCharsets.ISO_8859_1));
        if (!error.find()) {
            return edition.file() + ": error: LaTeX stopped";
        }
        int line = Integer.parseInt(error.group(1));
        String place = edition.file().toString();
        String element = "";
        List<String> lines = Files.readAllLines(tex, StandardCharsets.UTF_8);
        for (int i = Math.min(line, lines.size()) - 1; i >= 0; i--) {
            if (lines.get(i).startsWith("%@")) {
                XdmNode origin = node(edition, lines.get(i).substring(2).strip());
                if (origin != null) {
                    place += ":" + origin.getLineNumber() + ":" + Math.max(origin.getColumnNumber(), 1);
                    element = " in <" + origin.getNodeName().getLocalName() + ">";
                }
                break;
            }
        }
        return place + ": error: LaTeX stopped" + element + " (line " + line + " of edition.tex): " + error.group(2).strip();
    }

    /** The element of the edition whose node id (without the document's number) is this. */
    private static XdmNode node(Edition edition, String id) {
        for (XdmNode element : edition.document().select(net.sf.saxon.s9api.streams.Steps.descendant()).toList()) {
            if (element.getNodeKind() == net.sf.saxon.s9api.XdmNodeKind.ELEMENT) {
                StringBuilder generated = new StringBuilder();
                element.getUnderlyingNode().generateId(generated);
                if (generated.toString().replaceFirst("^d\\d+", "").equals(id)) {
                    return element;
                }
            }
        }
        return null;
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A temporary folder left behind is the system's to clear.
        }
    }
}
