package org.sigla.collate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigla.Edition;
import org.sigla.support.Editions;
import org.sigla.support.Needs;
import org.sigla.support.Xml;
import org.sigla.views.View;

/**
 * A real tradition: the Greek florilegium of ../shared/collation (13 witnesses, with its editors'
 * own alignment). Collated as a user would collate it, from the plain texts, the edition keeps
 * the agreements the editors found, and every witness comes back from it whole.
 */
class FlorilegiumTest {

    private static final Path FLORILEGIUM = Path.of("..", "shared", "collation", "florilegium");
    private static final List<String> SIGLA = List.of("A", "B", "C", "D", "E", "F", "G", "H", "K", "P", "Q", "S", "T");

    @TempDir
    Path folder;

    private Edition collate(Map<String, Path> files) throws Exception {
        List<Collator.Source> sources = new ArrayList<>();
        files.forEach((siglum, file) -> sources.add(new Collator.Source(siglum, file)));
        String tei = new Collator(Editions.sigla()).collate(sources, new Collator.Options("A", new Regularization(), "grc"));
        return Editions.sigla().read(Files.writeString(folder.resolve("florilegium.xml"), tei));
    }

    private static void present() {
        Needs.present(Files.isDirectory(FLORILEGIUM), FLORILEGIUM.toAbsolutePath() + " (the shared traditions beside the checkout)");
    }

    @Test
    void theEditionKeepsTheEditorsAgreementsAndGivesBackEveryWitness() throws Exception {
        present();
        Map<String, Path> files = new java.util.LinkedHashMap<>();
        SIGLA.forEach(siglum -> files.put(siglum, FLORILEGIUM.resolve(siglum + ".txt")));
        Edition edition = collate(files);
        assertEquals(List.of(), Editions.sigla().validator().check(edition).problems(), "the collation is a valid edition");
        double recall = AgreementRecall.of(FLORILEGIUM.resolve("florilegium.csv"), edition.document());
        assertTrue(recall >= 0.98, "agreement recall " + recall);
        assertTrue(Xml.count(edition.document(), "//tei:app") >= 50, "places of variation as fine as the variation");
        for (String siglum : SIGLA) {
            // Compared in NFC, as the views write text: the files' oxia (U+1F77) is the tonos (U+03AF) there.
            assertEquals(Arrays.asList(nfc(Files.readString(FLORILEGIUM.resolve(siglum + ".txt"))).trim().split("\\s+")), witness(edition, siglum), siglum);
        }
    }

    /** The same witnesses with their lacunae marked, as the editors' table has them: B and G begin late, K has a gap. */
    @Test
    void lacunaeAreNotOmissions() throws Exception {
        present();
        Map<String, List<String>> texts = AgreementRecall.witnessesWithLacunae(FLORILEGIUM.resolve("florilegium.csv"));
        Map<String, Path> files = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, List<String>> text : texts.entrySet()) {
            files.put(text.getKey(), Files.writeString(folder.resolve(text.getKey() + ".txt"), String.join(" ", text.getValue())));
        }
        Edition edition = collate(files);
        assertEquals(List.of(), Editions.sigla().validator().check(edition).problems(), "the collation is a valid edition");
        for (Map.Entry<String, List<String>> text : texts.entrySet()) {
            assertEquals(text.getValue().stream().filter(word -> !word.equals(Token.LACUNA_MARK)).map(FlorilegiumTest::nfc).toList(),
                    witness(edition, text.getKey()), text.getKey());
        }
        // B is lost for the first half: no reading names it as omitting those words (it omits some words later, as the editors found).
        assertEquals(0, Xml.count(edition.document(), "//tei:rdg[not(normalize-space())][not(*)][tokenize(@wit) = '#B']"
                + "[. << (//tei:rdg[tokenize(@wit) = '#B']/tei:lacunaEnd)[1]]"), "B omits nothing where it is lost");
        assertEquals(1, Xml.count(edition.document(), "//tei:rdg[tokenize(@wit) = '#B']/tei:lacunaEnd"), "B resumes once");
        Editions.sigla().views().render(View.APPARATUS_TEXT, edition, folder, Map.of());
        String apparatus = Files.readString(folder.resolve("apparatus.txt"));
        assertTrue(apparatus.contains("1 Μαξίμου] lac. B G"), apparatus);
        assertTrue(apparatus.lines().anyMatch(line -> line.matches("1 \\S+\\] end of lac\\. B")), apparatus);
        Editions.sigla().views().render(View.LATEX, edition, folder, Map.of());
        assertTrue(Files.readString(folder.resolve("edition.tex")).contains("\\Afootnote{lac. B G}"), "the print apparatus says lac. too");
    }

    private static String nfc(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
    }

    /** The words of the text view read through one witness, after the title block. */
    private List<String> witness(Edition edition, String siglum) throws Exception {
        Path out = Files.createDirectories(folder.resolve("out-" + siglum));
        Editions.sigla().views().render(View.TEXT, edition, out, Map.of("witness", siglum));
        String text = Files.readString(out.resolve("text.txt"));
        return Arrays.asList(text.substring(text.indexOf("\n\n") + 2).strip().split("\\s+"));
    }
}
