package org.sigla.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.sigla.cli.Run;
import org.sigla.support.Needs;
import org.sigla.support.PageImages;
import org.sigla.views.LatexPrinter;

/** The page images as plates after the text, in both print editions, only when asked for. */
class FacsimilePlatesTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"fop", "latex"})
    void platesFollowTheTextOnlyWhenAskedFor(String engine) throws Exception {
        if (engine.equals("latex")) {
            Needs.present(LatexPrinter.missing() == null, "LuaLaTeX and reledmac (" + LatexPrinter.missing() + ")");
        }
        Path letter = PageImages.letter(folder.resolve("source"));
        for (boolean plates : List.of(true, false)) {
            Path out = folder.resolve(engine + plates);
            Run run = Run.sigla("pdf", "--engine", engine, letter.toString(), "-o", out.toString(), "-p", "facsimile-plates=" + plates);
            assertEquals(0, run.exitCode(), run::all);
            try (PDDocument document = Loader.loadPDF(out.resolve("letter/edition.pdf").toFile())) {
                String printed = new PDFTextStripper().getText(document).replaceAll("[\\s\u00a0]+", " ");
                int text = printed.indexOf("Your friend");
                int heading = printed.lastIndexOf("Plates");
                // Distinct images: FOP's pages may share one resource dictionary.
                java.util.Set<Object> distinct = new java.util.HashSet<>();
                for (PDPage page : document.getPages()) {
                    for (COSName name : page.getResources().getXObjectNames()) {
                        if (page.getResources().getXObject(name) instanceof PDImageXObject image) {
                            distinct.add(image.getCOSObject());
                        }
                    }
                }
                int images = distinct.size();
                if (plates) {
                    assertTrue(text > 0 && heading > text, engine + ": the plates follow the text\n" + printed);
                    assertTrue(printed.indexOf("p. 2", heading) > heading, engine + ": each plate is captioned with its page\n" + printed);
                    assertEquals(2, images, engine + ": one image for each page, the thumbnail left out");
                } else {
                    assertFalse(printed.contains("Plates"), engine + ": no plates unless asked for");
                    assertEquals(0, images);
                }
            }
        }
    }
}
