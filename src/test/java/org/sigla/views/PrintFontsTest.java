package org.sigla.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the print fonts are looked for, and what an editor reads when they are not there. */
class PrintFontsTest {

    @TempDir
    Path folder;

    @Test
    void withoutTheFontsTheEditorIsToldWhichPackageToInstall() {
        PrintFonts none = PrintFonts.read(List.of(folder));
        assertFalse(none.complete());
        assertEquals("the print fonts NotoSerif-Regular.ttf, NotoSerif-Italic.ttf, NotoSerif-Bold.ttf and 19 more are not installed;"
                + " install the Debian packages fonts-noto-core fonts-noto-mono", none.problem().orElseThrow());
    }

    @Test
    void fontsFoundInAnyFolderBelowAFontFolderAreEmbedded() throws Exception {
        Path nested = Files.createDirectories(folder.resolve("truetype/noto"));
        Files.writeString(nested.resolve("NotoSerif-Regular.ttf"), "not read here");
        String configuration = PrintFonts.read(List.of(folder)).fopConfiguration();
        assertTrue(configuration.contains("embed-url=\"" + nested.resolve("NotoSerif-Regular.ttf").toUri() + "\""), configuration);
        // The one face found sets every style of its family, so that italic Latin is not left to FOP's fallback.
        for (String triplet : List.of("style=\"normal\" weight=\"normal\"", "style=\"italic\" weight=\"normal\"", "style=\"normal\" weight=\"bold\"",
                "style=\"italic\" weight=\"bold\"")) {
            assertTrue(configuration.contains("<font-triplet name=\"Noto Serif\" " + triplet + "/>"), triplet);
        }
    }
}
