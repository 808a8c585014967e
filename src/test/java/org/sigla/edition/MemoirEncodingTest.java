package org.sigla.edition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.sigla.support.Editions;
import org.sigla.support.Needs;
import org.sigla.support.Xml;
import org.sigla.validate.Report;

/** The shipped memoir: valid, complete, and faithful to its damaged source. */
class MemoirEncodingTest {

    private static final XdmNode MEMOIR = Xml.tei(Editions.MEMOIR);

    @Test
    void memoirIsValidAgainstSiglaSchemaAndRulesWithoutAWarning() throws Exception {
        Report report = Editions.sigla().validator().check(Editions.sigla().read(Editions.MEMOIR));
        assertEquals(List.of(), report.problems());
    }

    @Test
    void memoirIsValidAgainstTheTeisOwnTeiAll() throws Exception {
        Needs.present(Files.exists(Editions.SHARED_TEI_ALL), "../shared/schema/tei_all.rng beside this checkout");
        Report report = Editions.sigla().validator(Editions.SHARED_TEI_ALL).check(Editions.sigla().read(Editions.MEMOIR));
        assertEquals(List.of(), report.problems());
    }

    @Test
    void memoirHasNineNotesApartFromTheTextEachPointingAtAnAnchorInTheBody() {
        assertEquals(9, Xml.count(MEMOIR, "//tei:text//tei:note"));
        assertEquals(0, Xml.count(MEMOIR, "//tei:body//tei:note"));
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"), Xml.strings(MEMOIR, "//tei:back//tei:note/@n"));
        assertEquals(9, Xml.count(MEMOIR,
                "//tei:back//tei:note[@type][@resp = '#mia'][//tei:body//tei:anchor/@xml:id = substring(@target, 2)]"));
        assertEquals(9, Xml.count(MEMOIR, "//tei:body//tei:anchor"));
    }

    @Test
    void memoirKeepsEveryParagraphOfTheSource() {
        // The seed has twelve paragraphs; the fifth runs across the page break to page 2.
        assertEquals(12, Xml.count(MEMOIR, "//tei:body/tei:p"));
        assertEquals(List.of("1", "2", "3"), Xml.strings(MEMOIR, "//tei:body//tei:pb/@n"));
        assertEquals(1, Xml.count(MEMOIR, "//tei:body/tei:p[5]/tei:pb[@n = '2']"));
    }

    @Test
    void memoirTextCarriesNoExtractionDebris() {
        String text = Xml.string(MEMOIR, "string-join(/tei:TEI/tei:text//text(), ' ')");
        assertTrue(text.indexOf('\uFFFD') < 0, "U+FFFD left in the text");
        assertTrue(!text.contains("ï/"), "ï/ left in the text");
        Matcher glued = Pattern.compile("[\\p{L}’]*\\p{L}\\d+[\\p{L}\\d]*").matcher(text);
        while (glued.find()) {
            // 22h45 is a time, not a footnote digit glued to a word.
            assertTrue(glued.group().matches("\\d*h\\d+"), "a digit glued to a word: " + glued.group());
        }
    }

    @Test
    void everyCorrectionKeepsThePrintedReadingAndNamesThisEdition() {
        assertEquals(7, Xml.count(MEMOIR, "//tei:choice"));
        assertEquals(7, Xml.count(MEMOIR, "//tei:choice[count(tei:sic) = 1][count(tei:corr[@resp = '#sigla']) = 1]"));
        assertEquals(List.of("militaire révolutionnaire", "-Ovsenko", "Soviet"),
                Xml.strings(MEMOIR, "//tei:body//tei:supplied[@resp = '#mia']"));
    }

    @Test
    void dualDatesRecordTheJulianReading() {
        assertEquals("1917-10-24", Xml.string(MEMOIR, "//tei:body//tei:date[@when = '1917-11-06']/@when-custom"));
        assertEquals(0, Xml.count(MEMOIR, "//tei:date[@when-custom][not(@datingMethod = '#julian')]"));
        assertEquals(1, Xml.count(MEMOIR, "//tei:calendarDesc/tei:calendar[@xml:id = 'julian']"));
    }

    @Test
    void headerIsComplete() {
        assertEquals(1, Xml.count(MEMOIR, "//tei:titleStmt/tei:title[@type = 'main']/tei:supplied[@resp = '#sigla']"));
        assertEquals("Lev Kamenev", Xml.string(MEMOIR, "//tei:titleStmt/tei:author"));
        assertTrue(Xml.count(MEMOIR, "//tei:titleStmt/tei:respStmt") >= 3);
        assertEquals(1, Xml.count(MEMOIR, "//tei:publicationStmt/tei:availability/tei:licence[@target]"));
        assertEquals(1, Xml.count(MEMOIR, "//tei:sourceDesc/tei:bibl"));
        assertEquals(1, Xml.count(MEMOIR, "//tei:editorialDecl[tei:correction][tei:normalization][tei:quotation][tei:hyphenation]"));
        assertEquals("fr", Xml.string(MEMOIR, "//tei:profileDesc/tei:langUsage/tei:language/@ident"));
        assertTrue(Xml.count(MEMOIR, "//tei:revisionDesc/tei:change") >= 1);
    }

    @Test
    void everyNameIsDescribedOnceAndTheSeedsLinksAreAttached() {
        assertEquals(0, Xml.count(MEMOIR, "//(tei:person | tei:place | tei:org | tei:bibl[@xml:id])[not(tei:note)]"));
        for (String url : List.of("bios/kolegaiev.htm", "bios/kareline.htm", "bios/kamkov.htm", "vil19171025-02.htm",
                "vil19171025-04.htm", "lt19220424b.htm", "bios/podvoisky.htm", "bios/antonov.htm", "bios/joffe.htm",
                "ouritsky.pdf", "bios/sverdlov.htm")) {
            assertEquals(1, Xml.count(MEMOIR, "//tei:standOff//tei:ptr[ends-with(@target, '" + url + "')]"), url);
        }
    }

    /**
     * Nothing of the seed is lost: the letters of its text (accents aside, which the extraction
     * lost) are exactly the letters of the encoding's source reading, body and notes.
     */
    @Test
    void everyLetterOfTheSeedReachesTheEncoding() throws Exception {
        Needs.present(Files.exists(Editions.SHARED_SEED), "../shared/seed beside this checkout");
        String seed = Files.readString(Editions.SHARED_SEED).lines()
                .filter(line -> !line.startsWith("https://"))
                .reduce("", (a, b) -> a + " " + b);
        String encoded = Xml.string(MEMOIR, "string-join(/tei:TEI/tei:text//text()"
                + "[not(ancestor::tei:corr)], ' ')");
        assertEquals(letters(seed), letters(encoded));
    }

    private static Map<Character, Integer> letters(String text) {
        String base = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        Map<Character, Integer> counts = new TreeMap<>();
        for (char c : base.toCharArray()) {
            if (Character.isLetter(c)) {
                counts.merge(Character.toLowerCase(c), 1, Integer::sum);
            }
        }
        return counts;
    }
}
