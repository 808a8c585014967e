package org.sigla.collate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigla.support.Editions;

/** sigla collate's library call: witnesses in, a TEI edition out. */
class CollatorTest {

    @TempDir
    Path folder;

    private String collate(String base, Regularization regularization, String... witnesses) throws Exception {
        List<Collator.Source> sources = new java.util.ArrayList<>();
        for (String witness : witnesses) {
            String[] parts = witness.split("=", 2);
            Path file = folder.resolve(parts[0] + (parts[1].startsWith("<") ? ".xml" : ".txt"));
            Files.writeString(file, parts[1]);
            sources.add(new Collator.Source(parts[0], file));
        }
        return new Collator(Editions.sigla()).collate(sources, new Collator.Options(base, regularization, "en"));
    }

    private static String body(String tei) {
        return tei.substring(tei.indexOf("<body>") + 6, tei.indexOf("</body>")).strip();
    }

    /** The simple example of the CollateX package's README (PyPI "collatex"): A has "quick", B has "lazy". */
    @Test
    void theCollateXReadmeExampleAlignsAsCollateXDocumentsIt() throws Exception {
        String tei = collate(null, new Regularization(), "A=The quick brown fox jumps over the dog.", "B=The brown fox jumps over the lazy dog.");
        assertEquals("<p>The <app><rdg wit=\"#A\">quick</rdg><rdg wit=\"#B\"/></app> brown fox jumps over the"
                + " <app><rdg wit=\"#A\"/><rdg wit=\"#B\">lazy</rdg></app> dog.</p>", body(tei));
    }

    @Test
    void theBaseWitnessGivesTheLemmata() throws Exception {
        String tei = collate("B", new Regularization(), "A=The quick brown fox.", "B=The slow brown fox.", "C=The slow brown fox.");
        assertEquals("<p>The <app><lem wit=\"#B #C\">slow</lem><rdg wit=\"#A\">quick</rdg></app> brown fox.</p>", body(tei));
    }

    @Test
    void caseAndPunctuationAreMatchedAsOneWordButKeptInTheReadings() throws Exception {
        String tei = collate(null, new Regularization(), "A=The Fox, and the hound", "B=the fox and the hound");
        assertEquals("<p><app><rdg wit=\"#A\">The Fox,</rdg><rdg wit=\"#B\">the fox</rdg></app> and the hound</p>", body(tei));
    }

    @Test
    void aRegularisationTableIsUsedForMatchingOnly() throws Exception {
        Path table = folder.resolve("regular.tsv");
        Files.writeString(table, "# forms\nſ\ts\nvnd\tund\n");
        Regularization regularization = Regularization.read(table);
        assertEquals("ist", regularization.normal("iſt"));
        assertEquals("und", regularization.normal("Vnd,"));
        assertEquals("und", new Regularization().normal("Und;"));
        assertEquals("vnd", new Regularization().normal("vnd"));
        String tei = collate(null, regularization, "A=Das iſt vnd bleibt wahr", "B=Das ist und bleibt wahr", "C=Das ist oder bleibt wahr");
        // Matched, but not written alike: the readings keep each witness's letters. Two places, since
        // the witnesses go different ways on each: B and C read "ist" alike, but not "und" and "oder".
        assertEquals("<p>Das <app><rdg wit=\"#A\">iſt</rdg><rdg wit=\"#B #C\">ist</rdg></app>"
                + " <app><rdg wit=\"#A\">vnd</rdg><rdg wit=\"#B\">und</rdg><rdg wit=\"#C\">oder</rdg></app> bleibt wahr</p>", body(tei));
    }

    @Test
    void aTableLineWithoutATabIsRefusedWithItsLine() throws Exception {
        Path table = Files.writeString(folder.resolve("bad.tsv"), "ſ\ts\nvnd und\n");
        assertEquals(table + ":2: error: a line of the regularisation table is a form, a tab and its regular form [regularize]",
                assertThrows(CollationException.class, () -> Regularization.read(table)).getMessage());
    }

    @Test
    void wordsMovedElsewhereAreATranspositionThatTheApparatusNames() throws Exception {
        String tei = collate("A", new Regularization(), "A=alpha beta gamma delta epsilon zeta eta theta",
                "B=alpha zeta eta theta beta gamma delta epsilon");
        assertEquals("<p>alpha <app type=\"transposition\"><lem wit=\"#A\"/><rdg wit=\"#B\">zeta eta theta</rdg></app>"
                + " beta gamma delta epsilon <app type=\"transposition\"><lem wit=\"#A\">zeta eta theta</lem><rdg wit=\"#B\"/></app></p>", body(tei));
        Path edition = Files.writeString(folder.resolve("moved.xml"), tei);
        Editions.sigla().views().render(org.sigla.views.View.APPARATUS_TEXT, Editions.sigla().read(edition), folder, java.util.Map.of());
        assertTrue(Files.readString(folder.resolve("apparatus.txt")).contains("om.] A; zeta eta theta transp. B"));
    }

    @Test
    void aTeiWitnessKeepsItsBreaksAndItsMarkup() throws Exception {
        String a = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader/><text><body><p>Ein <hi rend=\"italic\">schöner</hi> Tag<pb n=\"2\"/>"
                + " im <persName ref=\"#m\">Mai</persName></p></body></text></TEI>";
        String tei = collate(null, new Regularization(), "A=" + a, "B=Ein schöner Tag im April");
        assertEquals("<p>Ein <hi rend=\"italic\">schöner</hi> Tag <pb ed=\"A\" n=\"2\"/>im <app><rdg wit=\"#A\"><persName ref=\"#m\">Mai</persName></rdg>"
                + "<rdg wit=\"#B\">April</rdg></app></p>", body(tei));
    }

    @Test
    void theCollationIsAValidEditionOfSigla() throws Exception {
        String tei = collate("A", new Regularization(), "A=First words here.\n\nA second paragraph.", "B=First word here.\n\nA second paragraph, longer.");
        Path edition = folder.resolve("collated.xml");
        Files.writeString(edition, tei);
        assertEquals(List.of(), Editions.sigla().validator().check(Editions.sigla().read(edition)).problems());
        assertTrue(tei.contains("<listWit>") && tei.contains("<witness xml:id=\"A\">A.txt</witness>"), tei);
        assertEquals(2, tei.split("<p>", -1).length - 2, "a paragraph per block both witnesses have");
    }

    @Test
    void badWitnessesAreRefusedInOneLine() throws Exception {
        Path empty = Files.writeString(folder.resolve("empty.txt"), "  \n");
        Path good = Files.writeString(folder.resolve("good.txt"), "Some words.");
        Path latin1 = Files.write(folder.resolve("latin1.txt"), "Caf\u00e9 noir\nd\u00e9j\u00e0".getBytes(StandardCharsets.ISO_8859_1));
        Collator collator = new Collator(Editions.sigla());
        Collator.Options options = new Collator.Options(null, new Regularization(), "en");
        assertEquals(empty + ": error: the witness has no words [witness]", assertThrows(CollationException.class,
                () -> collator.collate(List.of(Collator.Source.parse(good.toString()), Collator.Source.parse(empty.toString())), options)).getMessage());
        assertEquals(latin1 + ":1:4: error: the witness is not UTF-8 text (save it as UTF-8) [witness]", assertThrows(CollationException.class,
                () -> collator.collate(List.of(Collator.Source.parse(good.toString()), Collator.Source.parse(latin1.toString())), options)).getMessage());
        assertEquals(good + ": error: the witness is given twice [witness]", assertThrows(CollationException.class,
                () -> collator.collate(List.of(Collator.Source.parse(good.toString()), Collator.Source.parse("G=" + good)), options)).getMessage());
        assertEquals(folder.resolve("none.txt") + ": error: the witness does not exist [witness]", assertThrows(CollationException.class,
                () -> collator.collate(List.of(Collator.Source.parse(good.toString()), Collator.Source.parse(folder.resolve("none.txt").toString())),
                        options)).getMessage());
    }
}
