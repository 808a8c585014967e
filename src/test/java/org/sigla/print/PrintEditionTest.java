package org.sigla.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.XdmNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigla.support.Editions;
import org.sigla.support.Needs;
import org.sigla.support.Xml;
import org.sigla.views.View;

/** The print edition, read back with PDFBox: format, metadata, every word, the index's page numbers. */
class PrintEditionTest {

    private static Path pdf;
    private static String text;
    private static List<String> pages;

    @TempDir
    Path folder;

    @BeforeAll
    static void open() throws IOException {
        pdf = Editions.built(Editions.MEMOIR).resolve("edition.pdf");
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            text = new PDFTextStripper().getText(document);
            pages = pages(document);
        }
    }

    /** The letters of each page of a PDF (see {@link #letters}). */
    private static List<String> pages(PDDocument document) throws IOException {
        List<String> letters = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper();
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            letters.add(letters(stripper.getText(document)));
        }
        return letters;
    }

    /**
     * Whether a passage is printed whole: its letters stand unbroken on a page, or run from one
     * page onto the next ones (a page's foot, its running head and number come between), each
     * page holding one unbroken piece of it. A piece that breaks off at a page's end is a line or
     * more (20 letters at least: the page keeps no shorter orphan), so that letters cut from the
     * middle of a passage cannot pass as a page break.
     */
    private static boolean printedWhole(String wanted, List<String> pages) {
        for (int first = 0; first < pages.size(); first++) {
            String rest = wanted;
            for (int page = first; page < pages.size() && !rest.isEmpty(); page++) {
                int piece = longestPrefixWithin(rest, pages.get(page));
                if (piece == 0 || piece < rest.length() && piece < 20) {
                    break;
                }
                rest = rest.substring(piece);
            }
            if (rest.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static int longestPrefixWithin(String wanted, String page) {
        int low = 0;
        int high = wanted.length();
        while (low < high) {
            int middle = (low + high + 1) / 2;
            if (page.contains(wanted.substring(0, middle))) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    @Test
    void pdfIsAnA5BookWithTitleAuthorAndLanguage() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertTrue(document.getNumberOfPages() >= 5, "pages: " + document.getNumberOfPages());
            PDRectangle page = document.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A5.getWidth(), page.getWidth(), 1.0);
            assertEquals(PDRectangle.A5.getHeight(), page.getHeight(), 1.0);
            assertEquals("[Souvenirs de la révolution d’Octobre]", document.getDocumentInformation().getTitle());
            assertEquals("Lev Kamenev", document.getDocumentInformation().getAuthor());
            assertEquals("fr", document.getDocumentCatalog().getLanguage());
            assertTrue(document.getDocumentCatalog().getDocumentOutline().children().iterator().hasNext(), "bookmarks");
        }
    }

    @Test
    void everyParagraphAndEveryNoteOfTheMemoirIsPrinted() {
        XdmNode tei = Xml.tei(Editions.MEMOIR);
        String printed = letters(text);
        List<String> passages = new ArrayList<>(Xml.strings(tei, "/tei:TEI/tei:text/tei:body/tei:p ! string-join(.//text()[not(ancestor::tei:sic)], '')"));
        passages.addAll(Xml.strings(tei, "//tei:back//tei:note ! string-join(.//text()[not(ancestor::tei:sic)], '')"));
        assertEquals(21, passages.size());
        for (String passage : passages) {
            assertTrue(printedWhole(letters(passage), pages), () -> "not printed whole: " + passage);
        }
    }

    @Test
    void apparatusEntriesArePrintedAtTheFootOfThePages() {
        String flat = text.replaceAll("\\s+", " ");
        for (String entry : List.of("toutes] corr. Sigla; tous M", "militaire révolutionnaire] suppl. MIA", "eut] corr. Sigla; eu M",
                "filles] corr. Sigla; fille M")) {
            assertTrue(flat.contains(entry), entry);
        }
    }

    @Test
    void indexPageNumbersAreThePagesThatHoldTheNames() throws IOException {
        XdmNode tei = Xml.tei(Editions.MEMOIR);
        Matcher entry = Pattern.compile("(?m)^(.+?), ((?:\\d+, )*\\d+)$").matcher(text.substring(text.indexOf("Index des personnes")));
        int checked = 0;
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            while (entry.find()) {
                // The entry's life, where the index gives it, follows the name: "Kamenev (1883–1936)".
                String name = entry.group(1).strip().replaceAll(" \\([^()]*\\d[^()]*\\)$", "");
                // The index gives the entry's full name; the page holds one of the forms the text names it by.
                List<String> forms = Xml.strings(tei, "for $p in //tei:person[normalize-space(tei:persName) = '" + name.replace("'", "''")
                        + "'] return //tei:text//tei:persName[@ref = '#' || $p/@xml:id] ! string-join(.//text(), '')");
                if (forms.isEmpty()) {
                    continue;
                }
                for (String page : entry.group(2).split(", ")) {
                    PDFTextStripper stripper = new PDFTextStripper();
                    stripper.setStartPage(Integer.parseInt(page));
                    stripper.setEndPage(Integer.parseInt(page));
                    String onPage = letters(stripper.getText(document));
                    assertTrue(forms.stream().anyMatch(form -> onPage.contains(letters(form))), name + " on page " + page);
                }
                checked++;
            }
        }
        assertEquals(20, checked, "every person of the index was checked");
    }

    @Test
    void firstPagesAreRenderedToPngForInspection() throws Exception {
        Path pdftoppm = Path.of("/usr/bin/pdftoppm");
        Needs.present(Files.isExecutable(pdftoppm), "pdftoppm (apt-get install poppler-utils)");
        Path pages = Files.createDirectories(Path.of("target", "pdf-pages"));
        Process process = new ProcessBuilder(pdftoppm.toString(), "-r", "80", "-f", "1", "-l", "5", "-png",
                pdf.toString(), pages.resolve("kamenev-octobre-1917").toString()).inheritIO().start();
        assertEquals(0, process.waitFor());
        try (var files = Files.list(pages)) {
            assertEquals(5, files.filter(f -> f.getFileName().toString().matches("kamenev-octobre-1917-\\d+\\.png")).count());
        }
    }

    /** The check itself: letters cut from the middle of a paragraph, or a word left out, are not "printed whole". */
    @Test
    void theFidelityCheckCatchesWhatACutLeavesOut() {
        String paragraph = letters(Xml.string(Xml.tei(Editions.MEMOIR), "string-join((/tei:TEI/tei:text/tei:body/tei:p)[5]//text()[not(ancestor::tei:sic)], '')"));
        assertTrue(printedWhole(paragraph, pages), "the fifth paragraph, as printed");
        int middle = paragraph.length() / 2;
        for (int cut : new int[] {40, 150, 6}) {
            List<String> cutPages = pages.stream().map(page -> page.replace(paragraph.substring(middle, middle + cut), "")).toList();
            assertFalse(printedWhole(paragraph, cutPages), cut + " letters cut from the middle");
        }
    }

    @Test
    void aMissingGlyphIsAWarningThatNamesTheCharacter() throws Exception {
        // Devanagari: a script none of the default faces sets.
        Path devanagari = folder.resolve("devanagari.xml");
        Files.writeString(devanagari, Files.readString(Editions.testEdition("drama")).replace("A friend to", "A friend (मित्र) to"));
        List<String> warnings = Editions.sigla().views().render(View.PDF, Editions.sigla().read(devanagari), folder, Map.of());
        assertTrue(warnings.stream().anyMatch(w -> w.contains("no glyph for U+092E (म)") && w.endsWith("[missing-glyph]")), warnings::toString);
        assertTrue(Files.size(folder.resolve("edition.pdf")) > 1000);
    }

    @Test
    void aNoteCalledFromInsideAReadingThePageHidesIsStillPrinted() throws Exception {
        Path hidden = folder.resolve("hidden.xml");
        Files.writeString(hidden, Files.readString(Editions.testEdition("drama"))
                .replace("<orig>shew</orig>", "<orig>shew<anchor xml:id=\"hid\"/></orig>")
                .replace("</div>\n    </back>", "<note xml:id=\"hn\" target=\"#hid\">Called from a hidden reading.</note></div>\n    </back>"));
        Editions.sigla().views().render(View.PDF, Editions.sigla().read(hidden), folder, Map.of());
        try (PDDocument document = Loader.loadPDF(folder.resolve("edition.pdf").toFile())) {
            assertTrue(new PDFTextStripper().getText(document).contains("Called from a hidden reading."));
        }
    }

    @Test
    void aPointerPrintsApartFromTheWordItFollows() throws Exception {
        Path pointer = folder.resolve("pointer.xml");
        Files.writeString(pointer, Files.readString(Editions.testEdition("letter"))
                .replace("<expan resp=\"#ed\">docteur</expan>", "<expan resp=\"#ed\">docteur<ptr target=\"https://example.org/d\"/></expan>"));
        Editions.sigla().views().render(View.PDF, Editions.sigla().read(pointer), folder, Map.of());
        try (PDDocument document = Loader.loadPDF(folder.resolve("edition.pdf").toFile())) {
            String printed = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertTrue(printed.contains("docteur<https://example.org/d>"), printed);
        }
    }

    @Test
    void theMemoirPrintsWithoutAWarning() throws Exception {
        List<String> warnings = Editions.sigla().views().render(View.PDF, Editions.sigla().read(Editions.MEMOIR), folder, Map.of());
        assertEquals(List.of(), warnings);
    }

    @Test
    void pageSizeIsAParameter() throws Exception {
        Editions.sigla().views().render(View.PDF, Editions.sigla().read(Editions.testEdition("verse")), folder,
                Map.of("page-width", "210mm", "page-height", "297mm"));
        try (PDDocument document = Loader.loadPDF(folder.resolve("edition.pdf").toFile())) {
            assertEquals(PDRectangle.A4.getWidth(), document.getPage(0).getMediaBox().getWidth(), 1.0);
        }
    }

    @Test
    void everyTestEditionPrints() throws IOException {
        for (String name : List.of("verse", "drama", "letter", "apparatus")) {
            try (PDDocument document = Loader.loadPDF(Editions.built(Editions.testEdition(name)).resolve("edition.pdf").toFile())) {
                List<String> printed = pages(document);
                // Each block of the body (a paragraph, a line of verse, a speech's paragraph…), whole, as the edited reading has it.
                List<String> blocks = Xml.strings(Xml.tei(Editions.testEdition(name)), "//tei:body//(tei:p | tei:l | tei:ab | tei:head)"
                        + "[not(.//(tei:p | tei:l | tei:ab))][not(ancestor::tei:note or ancestor::tei:rdg)] ! string-join(.//text()[not(ancestor::tei:sic"
                        + " or ancestor::tei:orig or ancestor::tei:abbr[parent::tei:choice] or ancestor::tei:rdg or ancestor::tei:del or ancestor::tei:note)], '')");
                assertFalse(blocks.isEmpty());
                for (String block : blocks) {
                    assertTrue(letters(block).isEmpty() || printedWhole(letters(block), printed), () -> name + ": not printed whole: " + block);
                }
            }
        }
    }

    /** Letters only, lower case, accents kept: hyphenation, spacing and punctuation aside. */
    private static String letters(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replaceAll("[^\\p{L}]", "").toLowerCase();
    }
}
