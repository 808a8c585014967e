package org.sigla.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sigla.support.Editions;
import org.sigla.support.Golden;

/** The apparatus view: its three encodings of variants, positive and negative. */
class ApparatusViewTest {

    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kamenev-octobre-1917", "verse", "drama", "letter", "apparatus"})
    void apparatusTextIsExactlyTheGoldenText(String name) throws Exception {
        Path edition = name.startsWith("kamenev") ? Editions.MEMOIR : Editions.testEdition(name);
        String text = Files.readString(Editions.built(edition).resolve("apparatus.txt"));
        assertEquals(Golden.read(name + ".apparatus.txt", text), text);
    }

    @Test
    void theThreeEncodingsOfAnApparatusComeOutInTextOrder() throws Exception {
        List<String> entries = Files.readAllLines(Editions.built(Editions.testEdition("apparatus")).resolve("apparatus.txt"))
                .stream().filter(line -> line.matches("^\\d.*")).toList();
        assertEquals(List.of(
                "1 quick] A B; swift C",                        // parallel segmentation
                "1 jumps over the dog] A; leaps the hound B C", // with a nested app
                "1 over] A; across B",
                "1 brown] A B; red C",                          // location-referenced
                "2 very] A C; om. B",                           // an omission
                "2 om.] A B; never add. C",                     // an addition
                "3 came soon] ended quickly B"), entries);      // double end-point attached
    }

    @Test
    void negativeApparatusNamesOnlyTheDifferingWitnesses() throws Exception {
        Editions.sigla().views().render(View.APPARATUS_TEXT, Editions.sigla().read(Editions.testEdition("apparatus")),
                folder, Map.of("apparatus", "negative"));
        String text = Files.readString(folder.resolve("apparatus.txt"));
        assertTrue(text.contains("\n1 quick] swift C\n"), text);
        assertTrue(text.contains("\n2 very] om. B\n"), text);
    }

    @Test
    void correctionsNameTheEditorAndKeepThePrintedReading() throws Exception {
        String text = Files.readString(Editions.built(Editions.MEMOIR).resolve("apparatus.txt"));
        assertTrue(text.contains("\n3 toutes] corr. Sigla; tous M\n"), text);
        assertTrue(text.contains("\nn.\u00A05 le] corr. Sigla; om. M\n"), text);
        assertTrue(text.contains("\n6 militaire révolutionnaire] suppl. MIA\n"), text);
    }
}
