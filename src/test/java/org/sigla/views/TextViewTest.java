package org.sigla.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigla.support.Editions;
import org.sigla.support.Golden;

/** The plain-text view: exact golden texts, width, readings and page breaks. */
class TextViewTest {

    private static final Pattern MARKUP = Pattern.compile("</?[A-Za-z][\\w-]*(\\s[^<>]*)?/?>|<!--|<\\?");

    @TempDir
    Path folder;

    @Test
    void memoirTextIsExactlyTheGoldenText() throws Exception {
        String text = Files.readString(Editions.built(Editions.MEMOIR).resolve("text.txt"));
        assertEquals(Golden.read("kamenev-octobre-1917.txt", text), text);
    }

    @Test
    void testEditionsTextsAreExactlyTheirGoldenTexts() throws Exception {
        for (String name : List.of("verse", "drama", "letter", "apparatus")) {
            String text = Files.readString(Editions.built(Editions.testEdition(name)).resolve("text.txt"));
            assertEquals(Golden.read(name + ".txt", text), text, name);
        }
    }

    @Test
    void linesFitTheWidthAndTheTextIsNfcWithoutMarkup() throws Exception {
        for (Path edition : Editions.all()) {
            String text = Files.readString(Editions.built(edition).resolve("text.txt"));
            assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), edition.toString());
            // A tag or an entity reference; a pointer's address in angle brackets (<https://…>) is the view's own.
            assertFalse(MARKUP.matcher(text).find() || text.contains("&"), edition + " leaks markup");
            text.lines().forEach(line -> assertTrue(line.length() <= 72 || !line.strip().contains(" "), line));
        }
    }

    @Test
    void widthIsAParameter() throws Exception {
        Editions.sigla().views().render(View.TEXT, Editions.sigla().read(Editions.MEMOIR), folder, Map.of("width", "40"));
        List<String> lines = Files.readAllLines(folder.resolve("text.txt"));
        assertTrue(lines.stream().allMatch(line -> line.length() <= 40), String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(line -> line.length() > 35));
    }

    @Test
    void sourceReadingShowsThePrintedReadings() throws Exception {
        Editions.sigla().views().render(View.TEXT, Editions.sigla().read(Editions.MEMOIR), folder, Map.of("reading", "source"));
        String text = Files.readString(folder.resolve("text.txt")).replaceAll("\\s+", " ");
        assertTrue(text.contains("qui furent tous plus tard"), "sic reading");
        assertTrue(text.contains("organisaient a prise du Palais"), "sic reading");
        assertTrue(text.contains("jeunes fille nobles"), "sic reading in a note");
        assertFalse(text.contains("qui furent toutes"));
    }

    @Test
    void aPointerInTheTextStandsApartFromTheWordItFollows() throws Exception {
        Path tei = Files.writeString(folder.resolve("pointer.xml"), """
            <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
              <teiHeader><fileDesc><titleStmt><title>T</title></titleStmt><publicationStmt><p>P</p></publicationStmt>
                <sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>
              <text><body><p>See<ptr target="https://example.org/a"/> and<ptr target="javascript:alert(1)"/> then.</p></body></text>
            </TEI>""");
        Editions.sigla().views().render(View.TEXT, Editions.sigla().read(tei), folder, Map.of());
        String text = Files.readString(folder.resolve("text.txt"));
        assertTrue(text.contains("See<https://example.org/a> and then."), text);
    }

    @Test
    void pageBreaksAppearOnRequest() throws Exception {
        Editions.sigla().views().render(View.TEXT, Editions.sigla().read(Editions.MEMOIR), folder, Map.of("page-breaks", "true"));
        String text = Files.readString(folder.resolve("text.txt")).replaceAll("\\s+", " ");
        assertTrue(text.contains("son apparition à Smolny, [p.\u00A02] mais seul"), text);
        assertFalse(Files.readString(Editions.built(Editions.MEMOIR).resolve("text.txt")).contains("[p."));
    }
}
