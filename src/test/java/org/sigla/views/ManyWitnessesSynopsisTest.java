package org.sigla.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigla.support.Editions;
import org.sigla.support.Xml;

/**
 * An edition of 46 witnesses (the size of a patristic critical edition): its synopsis weighs
 * as its text and variants do, not as the text times the witnesses. Written out, 46 columns made
 * a page 20 times the web page.
 */
class ManyWitnessesSynopsisTest {

    @TempDir
    Path folder;

    @Test
    void theSynopsisOfFortySixWitnessesWeighsAtMostThreeTimesTheWebPage() throws Exception {
        Random random = new Random(46);
        StringBuilder tei = new StringBuilder("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"en\"><teiHeader><fileDesc>"
                + "<titleStmt><title>Forty-six witnesses</title></titleStmt><publicationStmt><p>Test</p></publicationStmt><sourceDesc><listWit>");
        for (int w = 1; w <= 46; w++) {
            tei.append("<witness xml:id=\"W").append(w).append("\">Codex ").append(w).append("</witness>");
        }
        tei.append("</listWit></sourceDesc></fileDesc></teiHeader><text><body>");
        for (int p = 0; p < 120; p++) {
            tei.append("<p>");
            for (int word = 0; word < 60; word++) {
                if (word % 12 == 5) {
                    // A place of variation: most witnesses read the lemma, a few another word, one or two omit.
                    StringBuilder lemma = new StringBuilder();
                    StringBuilder other = new StringBuilder();
                    StringBuilder none = new StringBuilder();
                    for (int w = 1; w <= 46; w++) {
                        int way = random.nextInt(10);
                        (way < 7 ? lemma : way < 9 ? other : none).append(" #W").append(w);
                    }
                    tei.append("<app><lem wit=\"").append(lemma.toString().trim()).append("\">word").append(word).append("</lem>")
                       .append("<rdg wit=\"").append(other.toString().trim()).append("\">variant").append(word).append("</rdg>")
                       .append("<rdg wit=\"").append(none.toString().trim()).append("\"/></app> ");
                } else {
                    tei.append("text").append(word % 7).append(' ');
                }
            }
            tei.append("</p>");
        }
        tei.append("</body></text></TEI>");
        Path edition = Files.writeString(folder.resolve("many.xml"), tei.toString().replace(" wit=\"\"", " wit=\"#W1\""));
        Path out = Files.createDirectories(folder.resolve("out"));
        Rendering rendering = Editions.sigla().views().render(EnumSet.of(View.HTML, View.SYNOPSIS), Editions.sigla().read(edition), out, Map.of());
        assertEquals(Map.of(), rendering.failures());
        long page = Files.size(out.resolve("index.html"));
        long synopsis = Files.size(out.resolve("synopsis.html"));
        assertTrue(synopsis <= 3 * page, "synopsis " + synopsis + " bytes, web page " + page);
        // Two columns are written, and every witness can be asked for.
        assertEquals(2, Xml.count(Xml.html(out.resolve("synopsis.html")), "//h:thead/h:tr/h:th[starts-with(@class, 'w-')]"));
        assertEquals(46, Xml.count(Xml.html(out.resolve("synopsis.html")), "//h:input[@class = 'synopsis-show']"));
    }
}
