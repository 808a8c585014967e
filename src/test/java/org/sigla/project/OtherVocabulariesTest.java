package org.sigla.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sigla.cli.Run;
import org.sigla.support.Xml;

/**
 * The vocabularies TEI carries: a TEI example is shown as its markup, never read as the
 * edition's text; MathML reaches the web page as MathML and the other views as words; any
 * other vocabulary is named with its namespace.
 */
class OtherVocabulariesTest {

    static final Path EDITION = Path.of("src", "test", "resources", "projects", "vocabularies.xml");
    static final String LISTING = "<p>The <sic>teh</sic> cat\n  sat &amp; <hi rend=\"it\">purred</hi>.</p>";

    private static Path out;
    private static Run build;

    @BeforeAll
    static void build() throws Exception {
        out = Files.createTempDirectory("sigla-vocabularies-");
        // tei_all has no MathML in <formula> and knows no foo:bar: invalid, built with --force.
        build = Run.sigla("build", EDITION.toString(), "-o", out.toString(), "--force");
        assertEquals(0, build.exitCode(), build::all);
    }

    @Test
    void anExampleIsAListingOfItsMarkupInEveryView() throws Exception {
        XdmNode page = Xml.html(out.resolve("vocabularies/index.html"));
        assertEquals(LISTING, Xml.string(page, "//h:code[@class = 'egXML']"));
        assertEquals(0, Xml.count(page, "//h:main//*[contains(., 'teh')][not(ancestor-or-self::h:code)][not(*)]"), "the example's words are not the edition's");

        String text = Files.readString(out.resolve("vocabularies/text.txt"));
        assertTrue(text.contains("\n\n    <p>The <sic>teh</sic> cat\n      sat &amp; <hi rend=\"it\">purred</hi>.</p>\n"), text);

        try (PDDocument pdf = Loader.loadPDF(out.resolve("vocabularies/edition.pdf").toFile())) {
            String printed = new PDFTextStripper().getText(pdf);
            assertTrue(printed.contains("<p>The <sic>teh</sic> cat"), printed);
            assertTrue(printed.contains("sat &amp; <hi rend=\"it\">purred</hi>.</p>"), printed);
        }
    }

    @Test
    void mathematicsIsMathMlOnTheWebAndWordsElsewhereWithNoLinkOrScriptTakenFromTheSource() throws Exception {
        XdmNode page = Xml.html(out.resolve("vocabularies/index.html"));
        assertEquals(2, Xml.count(page, "//*[local-name() = 'math'][namespace-uri() = 'http://www.w3.org/1998/Math/MathML']"));
        assertEquals("π r 2", Xml.string(page, "normalize-space(string-join((//*:math)[1]//text(), ' '))"));
        assertEquals(0, Xml.count(page, "//*:math//@*[local-name() = ('href', 'onclick')]"));
        assertEquals(List.of(), org.sigla.support.HtmlChecker.errors(List.of(out.resolve("vocabularies/index.html"))));
        String text = Files.readString(out.resolve("vocabularies/text.txt"));
        assertTrue(text.contains("The area is pi r squared, and x + 1."), text);
    }

    @Test
    void anotherVocabularyIsNamedWithItsNamespaceOnceAndTheExamplesAreNotWarnedAbout() {
        List<String> unhandled = build.all().lines().filter(line -> line.contains("[unhandled]")).distinct().toList();
        assertEquals(List.of(EDITION + ": warning: no rendering for the element {http://example.org/foo}bar, whose text is kept as plain text [unhandled]"),
                unhandled);
    }
}
