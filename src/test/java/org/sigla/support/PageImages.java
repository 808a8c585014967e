package org.sigla.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.ImageIO;

/**
 * Page images made by the tests, of one colour each, so that a test can tell which page a
 * viewer shows by a pixel: the facsimile test edition's page 1 is red, page 2 blue.
 */
public final class PageImages {

    public static final Color PAGE_1 = new Color(0xcc2222);
    public static final Color PAGE_2 = new Color(0x2233cc);

    private PageImages() {}

    /** Writes an image of one colour; the format is the file's extension (png, jpg, tif, bmp). */
    public static Path write(Path file, int width, int height, Color colour) {
        return write(file, width, height, colour, false);
    }

    /**
     * With {@code lines}, darker bands stand for lines of writing, where the letter's zones are
     * (a band every 80 of 600 units from 75, the middle left plain for the tests' pixel).
     */
    public static Path write(Path file, int width, int height, Color colour, boolean lines) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, width, height);
        if (lines) {
            g.setColor(colour.darker().darker());
            for (int top = 75; top < 560; top += 80) {
                g.fillRect(width / 10, top * height / 600, width * 8 / 10, 30 * height / 600);
            }
        }
        g.dispose();
        String name = file.getFileName().toString();
        String format = switch (name.substring(name.lastIndexOf('.') + 1)) {
            case "tif", "tiff" -> "tiff";
            case "jpg", "jpeg" -> "jpeg";
            default -> name.substring(name.lastIndexOf('.') + 1);
        };
        try {
            Files.createDirectories(file.getParent());
            if (!ImageIO.write(image, format, file.toFile())) {
                throw new IllegalArgumentException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * The facsimile test edition (src/test/resources/facsimile/letter.xml) copied into {@code folder},
     * with its page images: page 1 (and a thumbnail of it) red, page 2 blue.
     */
    public static Path letter(Path folder) {
        try {
            Path letter = folder.resolve("letter.xml");
            Files.createDirectories(folder);
            Files.copy(Path.of("src", "test", "resources", "facsimile", "letter.xml"), letter, StandardCopyOption.REPLACE_EXISTING);
            write(folder.resolve("img/page-1.png"), 400, 600, PAGE_1, true);
            write(folder.resolve("img/thumb-1.png"), 40, 60, PAGE_1);
            write(folder.resolve("img/page-2.png"), 400, 600, PAGE_2, true);
            return letter;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The colour at the middle of a screenshot (PNG bytes). */
    public static Color middle(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            return new Color(image.getRGB(image.getWidth() / 2, image.getHeight() / 2));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Whether a colour is of the hue of a page's (its strongest channel the same, and clearly so):
     * a page's lines are its colour darker, the viewer's ground a neutral grey.
     */
    public static boolean ofHue(Color seen, Color page) {
        return strongest(seen) == strongest(page) && spread(seen) > 40;
    }

    private static int strongest(Color c) {
        return c.getRed() >= c.getGreen() && c.getRed() >= c.getBlue() ? 0 : c.getGreen() >= c.getBlue() ? 1 : 2;
    }

    private static int spread(Color c) {
        return Math.max(c.getRed(), Math.max(c.getGreen(), c.getBlue())) - Math.min(c.getRed(), Math.min(c.getGreen(), c.getBlue()));
    }

    /** Whether two colours are alike (a JPEG or a smoothed tile shifts them a little). */
    public static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue()) < 60;
    }
}
