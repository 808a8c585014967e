package org.sigla.views;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Cuts an image into a Deep Zoom pyramid (the static tiles OpenSeadragon reads): level
 * {@code max} is the image itself, each level below half the one above, down to one pixel;
 * each level is cut into tiles of {@link #TILE} pixels that overlap their neighbours by
 * {@link #OVERLAP}, written as {@code <folder>/<level>/<column>_<row>.jpg}. A reader's browser
 * then loads only the tiles in view at the zoom it shows, never the master.
 */
final class DeepZoom {

    static final int TILE = 510;
    static final int OVERLAP = 1;
    static final String FORMAT = "jpg";

    private DeepZoom() {}

    static void cut(BufferedImage image, Path folder) throws IOException {
        int max = levels(image.getWidth(), image.getHeight()) - 1;
        BufferedImage level = image;
        for (int n = max; n >= 0; n--) {
            write(level, folder.resolve(Integer.toString(n)));
            if (n > 0) {
                level = half(level);
            }
        }
    }

    /** The levels of a pyramid: one more than the times the longer side halves down to one pixel. */
    static int levels(int width, int height) {
        return 33 - Integer.numberOfLeadingZeros(Math.max(Math.max(width, height), 1) - 1);
    }

    private static void write(BufferedImage level, Path folder) throws IOException {
        Files.createDirectories(folder);
        int columns = (level.getWidth() + TILE - 1) / TILE;
        int rows = (level.getHeight() + TILE - 1) / TILE;
        for (int column = 0; column < columns; column++) {
            for (int row = 0; row < rows; row++) {
                int x = Math.max(column * TILE - OVERLAP, 0);
                int y = Math.max(row * TILE - OVERLAP, 0);
                int right = Math.min((column + 1) * TILE + OVERLAP, level.getWidth());
                int bottom = Math.min((row + 1) * TILE + OVERLAP, level.getHeight());
                Images.writeJpeg(level.getSubimage(x, y, right - x, bottom - y), folder.resolve(column + "_" + row + "." + FORMAT));
            }
        }
    }

    /** The image at half its size (rounded up, as Deep Zoom counts), smoothed. */
    private static BufferedImage half(BufferedImage image) {
        int width = Math.max((image.getWidth() + 1) / 2, 1);
        int height = Math.max((image.getHeight() + 1) / 2, 1);
        BufferedImage half = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = half.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return half;
    }
}
