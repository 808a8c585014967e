package org.sigla.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigla.support.Editions;
import org.sigla.support.PageImages;

/**
 * The page images an edition's web pages show: what is copied, converted, cut into tiles or
 * only linked, and what a missing image makes. The test edition is facsimile/letter.xml, with
 * images the test writes (see {@link PageImages}); the browser shows them in FacsimileBrowserTest.
 */
class FacsimileTest {

    @TempDir
    Path folder;

    private Rendering render(Path edition) throws Exception {
        return Editions.sigla().views().render(Set.of(View.HTML, View.TEXT), Editions.sigla().read(edition), folder.resolve("out"), Map.of());
    }

    private String page() throws IOException {
        return Files.readString(folder.resolve("out/index.html"));
    }

    /** The letter, its text changed by replacing {@code from} with {@code to}. */
    private Path letter(String from, String to) throws IOException {
        Path letter = PageImages.letter(folder.resolve("source"));
        String text = Files.readString(letter);
        assertTrue(text.contains(from), from);
        Files.writeString(letter, text.replace(from, to));
        return letter;
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text);
    }

    @Test
    void theImagesThePagesShowAreCopiedAndNoOther() throws Exception {
        Rendering rendering = render(PageImages.letter(folder.resolve("source")));
        assertEquals(List.of(), rendering.warnings());
        try (Stream<Path> files = Files.list(folder.resolve("out/facsimile"))) {
            assertEquals(List.of("page-1.png", "page-2.png"), files.map(f -> f.getFileName().toString()).sorted().toList(),
                    "the thumbnail is not the page's image");
        }
        assertTrue(page().contains("\"image\":{\"url\":\"facsimile/page-1.png\",\"type\":\"image\"}")
                || page().contains("\"image\":{\"type\":\"image\",\"url\":\"facsimile/page-1.png\"}"), "the page shows the copy");
        assertEquals(2, rendering.read().size(), "the images are what the edition was built from: " + rendering.read());
        assertFalse(Files.readString(folder.resolve("out/text.txt")).contains("facsimile"), "the text view is unchanged");
    }

    @Test
    void theSourceReadingAndTheSynopsisShowTheSameImages() throws Exception {
        Editions.sigla().views().render(Set.of(View.HTML, View.SYNOPSIS), Editions.sigla().read(PageImages.letter(folder.resolve("source"))),
                folder.resolve("out"), Map.of());
        String data = page().substring(page().indexOf("<script type=\"application/json\" id=\"facsimile-data\">"));
        data = data.substring(0, data.indexOf("</script>"));
        assertEquals(List.of(), org.sigla.support.HtmlChecker.errors(List.of(folder.resolve("out/index.html"),
                folder.resolve("out/source.html"), folder.resolve("out/synopsis.html"))), "validator.nu");
        for (String other : List.of("source.html", "synopsis.html")) {
            String html = Files.readString(folder.resolve("out").resolve(other));
            assertTrue(html.contains(data), other + " has the same images");
            assertTrue(html.contains("<a class=\"pb\" href=\"#facsimile\" data-page=\"2\""), other + " has the page markers");
        }
    }

    @Test
    void aMissingImageIsAWarningAtItsPlaceAndAPlaceholder() throws Exception {
        Path letter = PageImages.letter(folder.resolve("source"));
        Files.delete(letter.resolveSibling("img/page-2.png"));
        Rendering rendering = render(letter);
        int line = lineOf(letter, "<graphic url=\"img/page-2.png\"");
        assertEquals(1, rendering.warnings().size(), rendering.warnings().toString());
        String warning = rendering.warnings().get(0);
        assertTrue(warning.matches(".*letter\\.xml:" + line + ":\\d+: warning: the page image img/page-2\\.png is not there; "
                + "its page shows a placeholder \\[facsimile\\]"), warning);
        assertTrue(page().contains("<li>p.&nbsp;2 — Image not found: img/page-2.png</li>"), "the list names the missing image");
        assertTrue(page().contains("\"missing\":\"img/page-2.png\""), "the viewer shows the placeholder");
        assertTrue(Files.isRegularFile(folder.resolve("out/facsimile/page-1.png")), "the rest of the edition is built");
    }

    @Test
    void aTiffIsConvertedToJpeg() throws Exception {
        Path letter = letter("img/page-1.png\" width", "img/page-1.tif\" width");
        PageImages.write(letter.resolveSibling("img/page-1.tif"), 400, 600, PageImages.PAGE_1);
        assertEquals(List.of(), render(letter).warnings());
        Path jpeg = folder.resolve("out/facsimile/page-1.jpg");
        byte[] bytes = Files.readAllBytes(jpeg);
        assertEquals(0xFF, bytes[0] & 0xFF);
        assertEquals(0xD8, bytes[1] & 0xFF);
        assertTrue(PageImages.near(new Color(ImageIO.read(jpeg.toFile()).getRGB(200, 300)), PageImages.PAGE_1));
        assertFalse(Files.exists(folder.resolve("out/facsimile/page-1.tif")), "the TIFF itself is not published");
        assertTrue(page().contains("facsimile/page-1.jpg"));
    }

    @Test
    void aLargeImageIsCutIntoDeepZoomTiles() throws Exception {
        Path letter = PageImages.letter(folder.resolve("source"));
        PageImages.write(letter.resolveSibling("img/page-1.png"), 3000, 2000, PageImages.PAGE_1);
        assertEquals(List.of(), render(letter).warnings());
        Path tiles = folder.resolve("out/facsimile/page-1_files");
        // 3000 pixels halve to one in 12 steps: levels 0 to 12; the last is the image in 6 × 4 tiles of 510.
        try (Stream<Path> levels = Files.list(tiles)) {
            assertEquals(13, levels.count());
        }
        try (Stream<Path> top = Files.list(tiles.resolve("12"))) {
            assertEquals(24, top.count());
        }
        BufferedImage corner = ImageIO.read(tiles.resolve("12/5_3.jpg").toFile());
        assertEquals(3000 - (5 * 510 - 1), corner.getWidth(), "the last column overlaps its neighbour by one pixel");
        assertEquals(2000 - (3 * 510 - 1), corner.getHeight());
        BufferedImage smallest = ImageIO.read(tiles.resolve("0/0_0.jpg").toFile());
        assertEquals(1, smallest.getWidth());
        assertFalse(Files.exists(folder.resolve("out/facsimile/page-1.png")), "the master is not published");
        assertTrue(page().contains("\"Url\":\"facsimile/page-1_files/\""), "the page describes the tiles");
        assertTrue(page().contains("\"Width\":\"3000\""));
    }

    @Test
    void aPageBreakMayNameItsImageFile() throws Exception {
        Path letter = letter("<pb n=\"1\" facs=\"#s1\"/>", "<pb n=\"1\" facs=\"img/page-1.png\"/>");
        Files.writeString(letter, Files.readString(letter).replace("<pb n=\"2\" facs=\"#s2\"/>", "<pb n=\"2\" facs=\"img/page-2.png\"/>"));
        assertEquals(List.of(), render(letter).warnings());
        assertTrue(Files.isRegularFile(folder.resolve("out/facsimile/page-1.png")));
        assertTrue(Files.isRegularFile(folder.resolve("out/facsimile/page-2.png")));
        assertTrue(page().contains("data-page=\"2\""), "the break is a marker of its page");
    }

    @Test
    void aDivisionMayStartAPage() throws Exception {
        Path letter = letter("<pb n=\"1\" facs=\"#s1\"/>", "");
        Files.writeString(letter, Files.readString(letter).replace("<div type=\"letter\">", "<div type=\"letter\" facs=\"#s1\">"));
        assertEquals(List.of(), render(letter).warnings());
        assertTrue(page().contains("<section class=\"div letter\" data-page=\"1\">"), "the division starts page 1");
        assertTrue(page().contains("<a class=\"pb\" href=\"#facsimile\" data-page=\"2\""), "the break starts page 2");
    }

    @Test
    void aIiifServiceIsLinkedNotFetched() throws Exception {
        Path letter = letter("img/page-1.png\" width", "https://iiif.example.org/iiif/letter-1\" width");
        assertEquals(List.of(), render(letter).warnings());
        assertTrue(page().contains("\"image\":\"https://iiif.example.org/iiif/letter-1/info.json\""), "OpenSeadragon reads the service");
        assertFalse(Files.exists(folder.resolve("out/facsimile/letter-1")));
    }

    /** An invalid edition built with --force: coordinates that are not numbers drop their zone, never the view. */
    @Test
    void garbledCoordinatesNeverFailTheView() throws Exception {
        Path letter = letter("ulx=\"40\" uly=\"60\" lrx=\"360\" lry=\"120\"", "ulx=\"40\" uly=\"60\" lrx=\"big\" lry=\"120\"");
        Files.writeString(letter, Files.readString(letter)
                .replace("points=\"40,60 360,60 360,120 40,120\"", "points=\"40,60 x,y 360\"")
                .replace("lrx=\"400\" lry=\"600\">\n      <graphic url=\"img/thumb-1.png\"", "lrx=\"4e\" lry=\"600\">\n      <graphic url=\"img/thumb-1.png\"")
                .replace("width=\"400px\" height=\"600px\"/>\n      <zone xml:id=\"z1-1\"", "width=\"1.2.3px\" height=\"600px\"/>\n      <zone xml:id=\"z1-1\""));
        Rendering rendering = render(letter);
        assertEquals(Map.of(), rendering.failures());
        assertFalse(page().contains("\"id\":\"z1-1\""), "a zone with a coordinate that is not a number is dropped");
        assertFalse(page().contains("\"id\":\"z2-1\""), "so is a polygon with a point that is not one");
        assertTrue(page().contains("\"id\":\"z1-2\""), "the other zones stay");
    }

    @Test
    void anImageOutsideTheProjectIsNeverPublished() throws Exception {
        Path letter = letter("img/page-1.png\" width", "../secret.png\" width");
        PageImages.write(folder.resolve("secret.png"), 40, 40, PageImages.PAGE_1);
        Rendering rendering = render(letter);
        assertEquals(1, rendering.warnings().size(), rendering.warnings().toString());
        assertTrue(rendering.warnings().get(0).contains("the page image ../secret.png lies outside the project folder"), rendering.warnings().get(0));
        try (Stream<Path> files = Files.list(folder.resolve("out/facsimile"))) {
            assertEquals(List.of("page-2.png"), files.map(f -> f.getFileName().toString()).toList());
        }
    }

    @Test
    void anUnsafeAddressIsNeverAnImage() throws Exception {
        Path letter = letter("img/page-1.png\" width", "javascript:alert(1)\" width");
        render(letter);
        assertFalse(page().contains("javascript:"), "no link or image from a javascript: address");
    }
}
