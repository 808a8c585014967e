package org.sigla.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigla.support.Editions;
import org.sigla.support.PageImages;
import org.sigla.views.View;

/** Builds of an edition with page images: an image is cut once, and a changed image rebuilds the edition. */
class FacsimileBuildTest {

    @TempDir
    Path folder;

    private BuildSummary build(Path letter, Path out) throws Exception {
        return new Build(Editions.sigla(), Editions.sigla().validator())
                .run(List.of(letter), new Build.Options(out, java.util.EnumSet.of(View.HTML), Map.of(), false), new CollectingListener(new java.util.ArrayList<>(), new java.util.ArrayList<>()));
    }

    @Test
    void imagesAreCutOnceAndAChangedImageRebuildsTheEdition() throws Exception {
        Path letter = PageImages.letter(folder.resolve("source"));
        PageImages.write(letter.resolveSibling("img/page-1.png"), 3000, 2000, PageImages.PAGE_1);
        Path out = folder.resolve("out");
        assertEquals(1, build(letter, out).built());
        Path cached;
        try (Stream<Path> walk = Files.walk(out.resolve(Build.IMAGE_CACHE))) {
            cached = walk.filter(file -> file.toString().endsWith("image_files/12/0_0.jpg")).findFirst().orElseThrow();
        }
        FileTime cut = Files.getLastModifiedTime(cached);
        Path tile = out.resolve("letter/facsimile/page-1_files/12/0_0.jpg");
        assertTrue(Files.isSameFile(cached, tile), "the published tile is the cached one, linked");

        // The text changes, the images do not: the edition is built again, its images are not cut again.
        Files.writeString(letter, Files.readString(letter).replace("Dear friend,", "Dear friend and reader,"));
        assertEquals(1, build(letter, out).built());
        assertEquals(cut, Files.getLastModifiedTime(cached));
        assertTrue(Files.isSameFile(cached, tile));

        // Nothing changes: nothing is built.
        assertEquals(1, build(letter, out).skipped());

        // An image changes: the edition is built again with it.
        Color green = new Color(0x22aa44);
        PageImages.write(letter.resolveSibling("img/page-2.png"), 400, 600, green);
        assertEquals(1, build(letter, out).built(), "a changed page image rebuilds its edition");
        assertTrue(PageImages.near(new Color(ImageIO.read(out.resolve("letter/facsimile/page-2.png").toFile()).getRGB(10, 10)), green));
    }
}
