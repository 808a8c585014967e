package org.sigla.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sigla.support.Editions;
import org.sigla.support.Golden;
import org.sigla.support.HtmlChecker;
import org.sigla.support.Xml;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xmlunit.builder.DiffBuilder;
import org.xmlunit.diff.Diff;

/** The web edition: its markup against golden files, its structure, and its validity as HTML5. */
class HtmlViewTest {

    private static final XdmNode MEMOIR_PAGE = Xml.html(Editions.built(Editions.MEMOIR).resolve("index.html"));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kamenev-octobre-1917", "verse", "drama", "letter", "apparatus"})
    void pageBodyMatchesItsGoldenFile(String name) throws Exception {
        Path edition = name.startsWith("kamenev") ? Editions.MEMOIR : Editions.testEdition(name);
        for (String page : List.of("index.html", "apparatus.html")) {
            String main = mainElement(Editions.built(edition).resolve(page));
            String golden = Golden.read(name + "." + page.replace(".html", ".main.xhtml"), main);
            Diff diff = DiffBuilder.compare(golden).withTest(main).ignoreWhitespace().checkForSimilar().build();
            assertFalse(diff.hasDifferences(), () -> name + " " + page + ": " + diff);
        }
    }

    @Test
    void everyParagraphIsNumberedWithAStableAnchor() {
        assertEquals(12, Xml.count(MEMOIR_PAGE, "//h:p[@class = 'p']"));
        assertEquals(List.of("p1", "p2", "p3", "p4", "p5", "p6", "p7", "p8", "p9", "p10", "p11", "p12"),
                Xml.strings(MEMOIR_PAGE, "//h:p[@class = 'p']/@id"));
        assertEquals("5", Xml.string(MEMOIR_PAGE, "//h:p[@id = 'p5']/h:a[@class = 'pnum'][@href = '#p5']"));
    }

    @Test
    void noteCallsLinkToTheirNotesAndBack() {
        assertEquals(9, Xml.count(MEMOIR_PAGE, "//h:main//h:a[@class = 'note-call']"));
        assertEquals(9, Xml.count(MEMOIR_PAGE,
                "//h:a[@class = 'note-call'][substring(@href, 2) = //h:li[@class = 'note editorial']/@id]"
                + "[@id = //h:a[@class = 'note-back']/substring(@href, 2)]"));
        assertEquals("Note 7", Xml.string(MEMOIR_PAGE, "//h:p[@id = 'p9']//h:a[@class = 'note-call']/@aria-label"));
    }

    @Test
    void pageBreaksOfTheSourceAreShown() {
        assertEquals(List.of("[p.\u00A01]", "[p.\u00A02]", "[p.\u00A03]", "[p.\u00A03]"),
                Xml.strings(MEMOIR_PAGE, "//h:span[@class = 'pb']"));
        assertEquals(1, Xml.count(MEMOIR_PAGE, "//h:p[@id = 'p5']/h:span[@class = 'pb']"));
    }

    @Test
    void namesLinkToTheirIndexEntriesWhichLinkBack() {
        assertEquals(0, Xml.count(MEMOIR_PAGE, "//h:a[contains(@class, 'name')][not(substring(@href, 2) = //h:li[@class = 'index-entry']/@id)]"));
        assertEquals(List.of("1", "3", "4", "6", "7"),
                Xml.strings(MEMOIR_PAGE, "//h:li[@id = 'kerensky']//h:a[@class = 'occurrence']"));
        assertTrue(Xml.count(MEMOIR_PAGE, "//h:section[@id = 'index-persons']//h:li") >= 20);
        assertEquals("https://www.marxists.org/francais/bios/sverdlov.htm",
                Xml.string(MEMOIR_PAGE, "//h:li[@id = 'sverdlov']//h:a[@class = 'external']/@href"));
    }

    @Test
    void interventionsAreMarkedAndTheSourceReadingIsOnItsOwnPage() {
        assertEquals("toutes", Xml.string(MEMOIR_PAGE, "//h:p[@id = 'p3']//h:span[@class = 'choice corr']"));
        assertEquals("[militaire révolutionnaire]", Xml.string(MEMOIR_PAGE, "//h:p[@id = 'p6']//h:span[@class = 'supplied']"));
        XdmNode source = Xml.html(Editions.built(Editions.MEMOIR).resolve("source.html"));
        assertEquals("tous", Xml.string(source, "//h:p[@id = 'p3']//h:span[@class = 'choice sic']"));
        // The notes too: each page shows its own reading of a correction made in a note.
        String noteChoice = "//h:section[@id = 'notes']//h:span[starts-with(@class, 'choice')][. = ('fille', 'filles')]";
        assertEquals("filles", Xml.string(MEMOIR_PAGE, noteChoice));
        assertEquals("fille", Xml.string(source, noteChoice));
        assertEquals("source.html", Xml.string(MEMOIR_PAGE, "//h:p[@class = 'reading-switch']/h:a[2]/@href"));
        assertEquals("page", Xml.string(source, "//h:a[@href = 'source.html']/@aria-current"));
    }

    /** Most real editions hold no sic, orig or abbr: one page, and the switch says why. */
    @Test
    void theSourcePageIsWrittenOnlyWhereTheSourceReadsDifferently() throws Exception {
        for (Path edition : Editions.all()) {
            boolean differs = Xml.count(Xml.tei(edition), "//(tei:choice | tei:del | tei:am)") > 0;
            Path built = Editions.built(edition);
            assertEquals(differs, Files.exists(built.resolve("source.html")), edition.toString());
            XdmNode index = Xml.html(built.resolve("index.html"));
            assertEquals(differs ? 1 : 0, Xml.count(index, "//h:p[@class = 'reading-switch']/h:a[@href = 'source.html']"), edition.toString());
            if (!differs) {
                assertEquals("Reading shown: Edited reading (the source reads alike: nothing is corrected, regularised or expanded)",
                        Xml.string(index, "normalize-space(//h:p[@class = 'reading-switch'])"), edition.toString());
            }
        }
        assertTrue(Editions.all().stream().anyMatch(edition -> !Files.exists(Editions.built(edition).resolve("source.html"))),
                "some test edition reads alike in its source");
    }

    @Test
    void titlePageCarriesTitleAuthorEditorsSourceLicenceAndCitation() {
        assertEquals("[Souvenirs de la révolution d’Octobre]", Xml.string(MEMOIR_PAGE, "//h:h1"));
        assertEquals("Lev Kamenev", Xml.string(MEMOIR_PAGE, "//h:header//h:p[@class = 'author']"));
        assertEquals("https://creativecommons.org/licenses/by-sa/4.0/", Xml.string(MEMOIR_PAGE, "//h:a[@rel = 'license']/@href"));
        assertTrue(Xml.string(MEMOIR_PAGE, "//h:dd[@class = 'citation']").startsWith("Lev Kamenev, [Souvenirs de la révolution d’Octobre]"));
        assertEquals("fr", Xml.string(MEMOIR_PAGE, "/h:html/@lang"));
    }

    @Test
    void pagesFetchNothingFromElsewhere() throws Exception {
        for (Path edition : Editions.all()) {
            for (Path page : Editions.pages(Editions.built(edition))) {
                XdmNode html = Xml.html(page);
                assertEquals(0, Xml.count(html, "//(h:link | h:script[@src] | h:img[starts-with(@src, 'http')] | h:iframe)"), page.toString());
            }
        }
    }

    @Test
    void unsafeLinksFromTheSourceNeverBecomeLinks() throws Exception {
        Path letter = Editions.built(Editions.testEdition("letter"));
        String page = Files.readString(letter.resolve("index.html"));
        assertFalse(page.toLowerCase().contains("javascript:"), "a javascript: address reached the page");
        assertEquals("https://example.org/nohant", Xml.string(Xml.html(letter.resolve("index.html")), "//h:li[@id = 'nohant']//h:a[@class = 'external']/@href"));
    }

    @Test
    void everyPageIsValidHtml5() throws Exception {
        List<Path> pages = Editions.all().stream().map(Editions::built)
                .flatMap(folder -> Editions.pages(folder).stream())
                .toList();
        assertTrue(pages.stream().anyMatch(page -> page.endsWith("synopsis.html")), "the editions with witnesses have a synopsis");
        assertEquals(List.of(), HtmlChecker.errors(pages));
    }

    /** The page's main element, serialized as XHTML, without the inline style and script. */
    static String mainElement(Path page) throws Exception {
        Document dom = Xml.htmlDom(page);
        Node main = dom.getElementsByTagNameNS(Xml.XHTML, "main").item(0);
        StringWriter out = new StringWriter();
        var serializer = TransformerFactory.newDefaultInstance().newTransformer();
        serializer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
        serializer.setOutputProperty(OutputKeys.INDENT, "yes");
        serializer.transform(new DOMSource(main), new StreamResult(out));
        return out.toString();
    }
}
