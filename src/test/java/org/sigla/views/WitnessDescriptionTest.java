package org.sigla.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import net.sf.saxon.s9api.XdmNode;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigla.cli.Run;
import org.sigla.support.Editions;
import org.sigla.support.Needs;
import org.sigla.support.Xml;

/**
 * Witnesses described as scholars read them (manuscripts.xml, after the manuscript-description
 * examples of the TEI Guidelines): the shelfmark as cited, each description in labelled parts,
 * sigla that lead to their witness, and the conspectus siglorum in every view that has one.
 */
class WitnessDescriptionTest {

    private static final Path EDITION = Editions.testEdition("manuscripts");
    private static XdmNode page;
    private static XdmNode apparatus;

    @TempDir
    Path folder;

    @BeforeAll
    static void build() {
        Path built = Editions.built(EDITION);
        page = Xml.html(built.resolve("index.html"));
        apparatus = Xml.html(built.resolve("apparatus.html"));
    }

    private static String text(XdmNode context, String xpath) {
        return Xml.string(context, "normalize-space(string(" + xpath + "))");
    }

    @Test
    void theShelfmarkIsCitedAsScholarsCiteIt() {
        assertEquals("L London, British Library, Lansdowne 436, s. xiiex", text(page, "//h:section[@id = 'witness-L']/h:h3"));
        assertEquals("O Oxford, Bodleian Library, Digby 177 (SC 1778), s. xiiimed", text(page, "//h:section[@id = 'witness-O']/h:h3"));
        assertEquals(List.of("London, British Library, Lansdowne 436, s. xiiex", "Oxford, Bodleian Library, Digby 177 (SC 1778), s. xiiimed",
                "Family β: P, V", "Paris, Bibliothèque nationale de France, lat. 2833, s. xi", "Vatican, Reg. lat. 204, s. xii"),
                Xml.strings(apparatus, "//h:dl[@class = 'conspectus']/h:dd/normalize-space()"), "the conspectus on the apparatus page");
        assertEquals(List.of("ex", "med"), Xml.strings(apparatus, "//h:dl[@class = 'conspectus']/h:dd/h:sup/string()"), "dates keep their superscripts");
    }

    @Test
    void eachDescriptionStandsInLabelledParts() {
        String witness = "//h:section[@id = 'witness-L']";
        assertEquals(List.of("Contents", "Physical description", "History", "Additional information"), Xml.strings(page, witness + "/h:section/h:h4/string()"));
        assertEquals(List.of("Folios", "Author", "Title", "Rubric", "Incipit", "Explicit", "Colophon", "Note", "Folios", "Title", "Folios", "Title",
                        "Form", "Material", "Support", "Extent", "Dimensions", "Foliation", "Collation", "Layout", "Hands", "Decoration", "Binding",
                        "Origin", "Provenance", "Acquisition", "Bibliography", "Surrogates"),
                Xml.strings(page, witness + "//h:dt/string()"));
        assertEquals(0, Xml.count(page, "//h:section[@id = 'witness-descriptions']//(h:dd | h:li | h:h3 | h:h4 | h:h5 | h:h6)[normalize-space() = '']"),
                "no empty label or part");
        assertEquals("leaf 335 × 215 mm; written area 225 × 145 mm", text(page, witness + "//h:dt[. = 'Dimensions']/following-sibling::h:dd[1]"));
        assertEquals("2 columns, 32 lines. Ruled in drypoint.", text(page, witness + "//h:dt[. = 'Layout']/following-sibling::h:dd[1]"));
        assertEquals(List.of("one", "4"), Xml.strings(page, witness + "//h:dt[. = 'Collation']/following-sibling::h:dd[1]/h:sup/string()"),
                "the collation formula keeps its superscripts");
        assertEquals(List.of("Crowland Abbey, as its ex libris on fol. 1r shows.", "Sir Robert Cotton.", "William Petty, first Marquess of Lansdowne."),
                Xml.strings(page, witness + "//h:dt[. = 'Provenance']/following-sibling::h:dd[1]/h:ol/h:li/normalize-space()"), "the provenance in order");
        assertEquals(List.of("1", "1.1", "2"), Xml.strings(page, witness + "//h:li[@class = 'ms-item']/h:span[@class = 'ms-item-number']/string()"));
        assertEquals(1, Xml.count(page, witness + "//h:dt[. = 'Author']/following-sibling::h:dd[1]//h:a[contains(@href, 'felix')]"),
                "a name in a description links like a name in the text");
        assertEquals(List.of("Part I (fols 1–40), s. xiiiin", "Part II (fols 41–80)"),
                Xml.strings(page, "//h:section[@id = 'witness-O']//h:section[@class = 'ms-part']/h:h5/normalize-space()"), "msParts are descriptions of their own");
        assertEquals(List.of("Family β"), Xml.strings(page, "//h:section[@id = 'witness-beta']/h:h3/text()[normalize-space()]/normalize-space()"));
        assertEquals(List.of(), Xml.strings(page, "//h:section[@id = 'witness-V']/h:section/string()"), "a witness without a description has no parts");
    }

    @Test
    void everySiglumLeadsToItsWitness() {
        List<String> targets = Xml.strings(apparatus, "//h:ol[@class = 'apparatus-entries']//h:a[@class = 'siglum-link']/@href/string()");
        assertEquals(List.of("index.html#witness-L", "index.html#witness-O", "index.html#witness-beta", "index.html#witness-L",
                "index.html#witness-O", "index.html#witness-P", "index.html#witness-V"), targets);
        for (String target : targets) {
            assertEquals(1, Xml.count(page, "//*[@id = '" + target.substring("index.html#".length()) + "']"), target);
        }
        assertEquals("L: London, British Library, Lansdowne 436, s. xiiᵉˣ",
                Xml.string(apparatus, "(//h:a[@class = 'siglum-link'][. = 'L'])[1]/@data-preview"));
        assertEquals("β: Family β; members: P, V", Xml.string(apparatus, "(//h:a[@class = 'siglum-link'][. = 'β'])[1]/@data-preview"),
                "a group's siglum shows its members");
        XdmNode synopsis = Xml.html(Editions.built(EDITION).resolve("synopsis.html"));
        assertEquals(List.of("index.html#witness-L", "index.html#witness-O", "index.html#witness-P", "index.html#witness-V"),
                Xml.strings(synopsis, "//h:thead//h:th/h:a[@class = 'siglum-link']/@href/string()"), "the synopsis headers");
    }

    @Test
    void theTextViewOpensWithTheConspectus() throws Exception {
        String text = Files.readString(Editions.built(EDITION).resolve("text.txt"));
        assertTrue(text.contains("""
                Conspectus siglorum

                L — London, British Library, Lansdowne 436, s. xiiᵉˣ
                O — Oxford, Bodleian Library, Digby 177 (SC 1778), s. xiiiᵐᵉᵈ
                β — Family β; members: P, V
                  P — Paris, Bibliothèque nationale de France, lat. 2833, s. xi
                  V — Vatican, Reg. lat. 204, s. xii
                """), text);
    }

    @Test
    void bothPrintEditionsOpenWithTheConspectusAndCloseWithTheDescriptions() throws Exception {
        for (String engine : List.of("fop", "latex")) {
            if (engine.equals("latex")) {
                Needs.present(LatexPrinter.missing() == null, "LuaLaTeX and reledmac (" + LatexPrinter.missing() + ")");
            }
            for (boolean descriptions : List.of(true, false)) {
                Path out = folder.resolve(engine + descriptions);
                Run run = Run.sigla("pdf", "--engine", engine, EDITION.toString(), "-o", out.toString(), "-p", "witness-descriptions=" + descriptions);
                assertEquals(0, run.exitCode(), run::all);
                assertFalse(run.err().contains("[missing-glyph]"), run::err);
                String printed;
                try (PDDocument document = Loader.loadPDF(out.resolve("manuscripts/edition.pdf").toFile())) {
                    printed = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                }
                int conspectus = printed.indexOf("Conspectus siglorum");
                int text = printed.indexOf("Domino meo dilectissimo regi");
                assertTrue(conspectus > 0 && conspectus < text, engine + ": the conspectus comes before the text\n" + printed);
                for (String line : List.of("L London, British Library, Lansdowne 436, s. xiiᵉˣ", "O Oxford, Bodleian Library, Digby 177 (SC 1778), s. xiiiᵐᵉᵈ",
                        "β Family β; members: P, V", "P Paris, Bibliothèque nationale de France, lat. 2833, s. xi")) {
                    assertTrue(printed.substring(conspectus, text).contains(line), engine + ": " + line + " in\n" + printed);
                }
                int appendix = printed.indexOf("Descriptions of the witnesses");
                assertEquals(descriptions, appendix > text, engine + ": the descriptions follow the text unless left out");
                if (descriptions) {
                    for (String part : List.of("Dimensions: leaf 335 × 215 mm; written area 225 × 145 mm", "Layout: 2 columns, 32 lines.",
                            "Acquisition: Bought by the British Museum in 1807.", "Part I (fols 1–40), s. xiiiⁱⁿ")) {
                        assertTrue(printed.substring(appendix).contains(part), engine + ": " + part + " in\n" + printed);
                    }
                }
            }
        }
    }

    @Test
    void aWitnessWithoutDescriptionsStillPrints() throws Exception {
        List<String> warnings = Editions.sigla().views().render(View.PDF, Editions.sigla().read(Editions.testEdition("apparatus")), folder,
                Map.of("witness-descriptions", "true"));
        assertEquals(List.of(), warnings);
    }
}
