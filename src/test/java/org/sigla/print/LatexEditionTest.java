package org.sigla.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.XdmNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sigla.cli.Run;
import org.sigla.support.Editions;
import org.sigla.support.Golden;
import org.sigla.support.Needs;
import org.sigla.support.Xml;
import org.sigla.views.LatexPrinter;

/** The print edition through LuaLaTeX and reledmac: numbered lines, the apparatus keyed to them, nothing in the source run as TeX. */
class LatexEditionTest {

    @TempDir
    Path folder;

    /** Only the tests that typeset need LuaLaTeX; the others run on any machine. */
    private static void requireLatex() {
        String missing = LatexPrinter.missing();
        Needs.present(missing == null, "LuaLaTeX and reledmac (" + missing + ")");
    }

    /** The lines of a page as they stand, top to bottom, each with the x of its first glyph and its largest type. */
    private record Line(float x, float size, String text) { }

    private static List<List<Line>> pages(Path pdf) throws IOException {
        List<List<Line>> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                TreeMap<Integer, List<TextPosition>> rows = new TreeMap<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        for (TextPosition position : positions) {
                            rows.computeIfAbsent(Math.round(position.getYDirAdj()), y -> new ArrayList<>()).add(position);
                        }
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(document);
                List<Line> lines = new ArrayList<>();
                for (List<TextPosition> row : rows.values()) {
                    row.sort((a, b) -> Float.compare(a.getXDirAdj(), b.getXDirAdj()));
                    StringBuilder text = new StringBuilder();
                    float lastEnd = -1;
                    for (TextPosition glyph : row) {
                        // A word space, however much a justified line shrinks it, is wider than an eighth of the type's size;
                        // the font's own space width is no measure (TeX sets spaces as glue, and the embedded font may lack one).
                        if (lastEnd >= 0 && glyph.getXDirAdj() - lastEnd > glyph.getFontSizeInPt() * 0.125f) {
                            text.append(' ');
                        }
                        text.append(glyph.getUnicode());
                        lastEnd = glyph.getXDirAdj() + glyph.getWidthDirAdj();
                    }
                    float size = (float) row.stream().mapToDouble(TextPosition::getFontSizeInPt).max().orElse(0);
                    lines.add(new Line(row.get(0).getXDirAdj(), size, text.toString()));
                }
                pages.add(lines);
            }
        }
        return pages;
    }

    @Test
    void theMemoirIsLineNumberedWithItsApparatusKeyedToTheLineOfItsLemma() throws Exception {
        requireLatex();
        Run run = Run.sigla("pdf", "--engine", "latex", Editions.MEMOIR.toString(), "-o", folder.toString());
        assertEquals(0, run.exitCode(), run::all);
        List<List<Line>> pages = pages(folder.resolve("kamenev-octobre-1917/edition.pdf"));
        Pattern entry = Pattern.compile("^(\\d+)(?:[–-]\\d+)? (.+?)\\] (.*)$");
        int entries = 0;
        for (List<Line> page : pages.subList(1, pages.size())) {
            // The text's lines: in the body's type, below the running head; the margin numbers and the feet are smaller.
            float bodySize = (float) page.stream().mapToDouble(Line::size).max().orElse(0);
            List<String> body = new ArrayList<>();
            for (Line line : page.subList(1, page.size())) {
                if (line.size() >= bodySize - 0.5f) {
                    body.add(line.text());
                } else if (line.text().matches("\\d+") && body.isEmpty() == false && line.x() < 40) {
                    assertEquals(0, Integer.parseInt(line.text()) % 5, "margin numbers are multiples of 5: " + line.text());
                } else if (line.text().matches("\\d+(–\\d+)? [^\\]]+\\] .*")) {
                    Matcher found = entry.matcher(line.text());
                    assertTrue(found.matches(), line.text());
                    int number = Integer.parseInt(found.group(1));
                    String lemma = found.group(2);
                    boolean inNote = lemma.startsWith("n. ");
                    String first = lemma.replaceFirst("^n\\. \\d+ ", "").split(" … ")[0].split(" ")[0].replaceAll("[\\[\\]]", "");
                    assertTrue(number >= 1 && number <= body.size(), "line " + number + " of a page of " + body.size() + ": " + line.text());
                    // An entry of a note stands at the line of the note's call.
                    assertTrue(inNote || body.get(number - 1).replaceAll("[\\[\\]]", "").contains(first),
                            "line " + number + " holds the lemma " + lemma + ": " + body.get(number - 1) + "\n" + body);
                    entries++;
                }
            }
        }
        assertEquals(10, entries, "every entry of the memoir's apparatus is printed");

        // The index cites each name by page and line: Kérensky stands on each line his entry names.
        String index = pages.stream().filter(page -> page.stream().anyMatch(line -> line.text().equals("Index des personnes")))
                .flatMap(List::stream).map(Line::text).filter(line -> line.startsWith("Alexandre Kérensky")).findFirst().orElseThrow();
        Matcher reference = Pattern.compile("(\\d+)\\.(\\d+)").matcher(index);
        int references = 0;
        while (reference.find()) {
            List<Line> page = pages.get(Integer.parseInt(reference.group(1)) - 1);
            float bodySize = (float) page.stream().mapToDouble(Line::size).max().orElse(0);
            List<String> body = page.subList(1, page.size()).stream().filter(line -> line.size() >= bodySize - 0.5f).map(Line::text).toList();
            String line = body.get(Integer.parseInt(reference.group(2)) - 1);
            assertTrue(line.contains("Kér") || line.contains("Ké-"), index + ": " + reference.group() + " is \"" + line + "\"");
            references++;
        }
        assertEquals(5, references, index);
        String all = String.join("\n", pages.stream().flatMap(List::stream).map(Line::text).toList());
        // French typography puts a thin space before the semicolon; the extraction reads it as a space.
        assertTrue(all.replaceAll(" ([];])", "$1").contains("toutes] corr. Sigla; tous M"), all);
    }

    @Test
    void everyNoteOfTheMemoirIsPrintedOnceAndTheMarginNumbersGoByFive() throws Exception {
        requireLatex();
        Run run = Run.sigla("pdf", "--engine", "latex", Editions.MEMOIR.toString(), "-o", folder.toString());
        assertEquals(0, run.exitCode(), run::all);
        Path pdf = folder.resolve("kamenev-octobre-1917/edition.pdf");
        String text;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document).replaceAll("-\\R", "").replaceAll("\\s+", " ");
        }
        List<String> notes = org.sigla.support.Xml.strings(org.sigla.support.Xml.tei(Editions.MEMOIR),
                "//tei:back//tei:note ! string-join(tokenize(normalize-space(.))[position() le 4], ' ')");
        assertEquals(9, notes.size());
        for (String opening : notes) {
            assertEquals(1, text.split(Pattern.quote(opening), -1).length - 1, "printed once: " + opening);
        }
        int numbers = 0;
        for (List<Line> page : pages(pdf)) {
            // A line whose first glyph stands left of the text's edge begins with its margin number.
            float edge = (float) page.stream().filter(line -> line.text().length() > 20).mapToDouble(Line::x).max().orElse(0);
            for (Line line : page) {
                if (line.x() < edge - 15 && line.text().matches("\\d+ \\S.*")) {
                    assertEquals(0, Integer.parseInt(line.text().split(" ")[0]) % 5, "a margin number: " + line.text());
                    numbers++;
                }
            }
        }
        assertTrue(numbers >= 10, "margin numbers were found: " + numbers);
    }

    @Test
    void nothingInTheSourceRunsAsTeXAndEveryPayloadPrintsAsItself() throws Exception {
        requireLatex();
        Path edition = Path.of("src", "test", "resources", "hostile", "latex-injection.xml");
        Files.deleteIfExists(Path.of("/tmp/sigla-latex-pwned"));
        Run run = Run.sigla("pdf", "--engine", "latex", "--force", edition.toString(), "-o", folder.toString());
        assertEquals(0, run.exitCode(), run::all);
        String text;
        try (PDDocument document = Loader.loadPDF(folder.resolve("latex-injection/edition.pdf").toFile())) {
            // Lines joined, and words hyphenated at a line's end made whole again.
            text = new PDFTextStripper().getText(document).replaceAll("(\\p{L})-\\s+(\\p{Ll})", "$1$2").replaceAll("\\s+", " ").replaceAll(" \\d+ ", " ");
        }
        for (String payload : List.of("\\input{/etc/passwd}", "\\immediate\\write18{touch /tmp/sigla-latex-pwned}", "^^5c input",
                "{unbalanced and } braces", "% not a comment # not a parameter $ not maths & not a column ~ not a space _ not a subscript",
                "-- not a dash, `` not a quote '' either, \\end{document} nine", "\\catcode`\\@=0", "\\def\\x{} and }{ inside",
                "Payloads \\input{/etc/passwd} } {")) {
            assertTrue(text.contains(payload), "prints verbatim: " + payload + "\n" + text);
        }
        assertFalse(text.contains("root:"), "no file was read into the edition");
        assertFalse(Files.exists(Path.of("/tmp/sigla-latex-pwned")), "no shell command ran");
    }

    @ParameterizedTest
    @ValueSource(strings = {"verse", "letter", "drama", "apparatus", "anthology", "scripts"})
    void theLatexOfATestEditionIsItsGoldenText(String name) throws Exception {
        assertEquals(0, Run.sigla("latex", Editions.testEdition(name).toString(), "-o", folder.toString()).exitCode());
        String tex = Files.readString(folder.resolve(name + "/edition.tex"));
        assertEquals(Golden.read(name + ".tex", tex), tex, name);
        requireLatex();
        Run pdf = Run.sigla("pdf", "--engine", "latex", Editions.testEdition(name).toString(), "-o", folder.resolve("pdf").toString());
        assertEquals(0, pdf.exitCode(), pdf::all);
    }

    /** A test edition with one change, typeset through LaTeX; the run, which succeeded. */
    private Run printedChanged(String name, String from, String to) throws Exception {
        requireLatex();
        Path edition = folder.resolve("changed-" + name + ".xml");
        Files.writeString(edition, Files.readString(Editions.testEdition(name)).replace(from, to));
        Run run = Run.sigla("pdf", "--engine", "latex", edition.toString(), "-o", folder.resolve("out").toString());
        assertEquals(0, run.exitCode(), run::all);
        return run;
    }

    @Test
    void aCharacterTheFontLacksIsNamed() throws Exception {
        // Devanagari: a script none of the default faces sets.
        Run run = printedChanged("verse", "In such a night", "In such a night (मित्र)");
        assertTrue(run.err().contains("warning: the font NotoSerif has no glyph for U+092E (म); the PDF leaves it out"), run::err);
    }

    /** EpiDoc files hold an empty bibliography as <p/>; reledmac stopped on the empty \\pstart it became. */
    @Test
    void anEmptyParagraphPrints() throws Exception {
        printedChanged("letter", "<body>", "<body><div type=\"bibliography\"><head>Bibliography</head><p/></div>");
    }

    @Test
    void aLatexErrorIsToldAtTheTeiElementItCameFrom() throws Exception {
        assertEquals(0, Run.sigla("latex", Editions.MEMOIR.toString(), "-o", folder.toString()).exitCode());
        Path tex = folder.resolve("kamenev-octobre-1917/edition.tex");
        List<String> lines = Files.readAllLines(tex);
        int third = 0;
        int pstarts = 0;
        for (int i = 0; i < lines.size() && third == 0; i++) {
            if (lines.get(i).startsWith("\\pstart") && ++pstarts == 3) {
                third = i + 1;
            }
        }
        // As LaTeX would log an error in the third paragraph (-file-line-error).
        Path log = Files.writeString(folder.resolve("edition.log"), "./edition.tex:" + third + ": Undefined control sequence.\n");
        org.sigla.Edition memoir = Editions.sigla().read(Editions.MEMOIR);
        // The third paragraph of the body, where the third \\pstart comes from: its start tag is where the message points.
        XdmNode paragraph = (XdmNode) Xml.xpath(memoir.document(), "(//tei:body//tei:p)[3]").itemAt(0);
        assertEquals(Editions.MEMOIR + ":" + paragraph.getLineNumber() + ":" + paragraph.getColumnNumber()
                + ": error: LaTeX stopped in <p> (line " + third + " of edition.tex): Undefined control sequence.",
                LatexPrinter.stop(memoir, tex, log));
    }

    @Test
    void withoutLatexTheCommandSaysWhatToInstallAndExitsTwo() throws Exception {
        ProcessBuilder child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.sigla.cli.SiglaCommand", "pdf", "--engine", "latex",
                Editions.testEdition("verse").toString(), "-o", folder.toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("child.log").toFile());
        child.environment().put("PATH", "/nonexistent");
        Process process = child.start();
        assertEquals(2, process.waitFor());
        assertEquals("sigla: error: the LaTeX print edition needs lualatex; install the Debian packages " + LatexPrinter.PACKAGES + " [latex]",
                Files.readString(folder.resolve("child.log")).strip());
    }
}
