package org.sigla.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigla.support.Editions;
import org.sigla.views.View;

/** A corpus build of thousands of files, one failing among them, finishes within a small heap and names the failure. */
class ScaleBuildTest {

    @TempDir
    Path folder;

    @Test
    void twoThousandEditionsWithOneFailingBuildWholeInHalfTheLaunchersHeap() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Xss8m", "-cp", System.getProperty("java.class.path"), ScaleBuild.class.getName(),
                Editions.testEdition("letter").toString(), folder.toString(), "2000", "1234")
                .redirectErrorStream(true).redirectOutput(folder.resolve("child.log").toFile()).start();
        int exit = child.waitFor();
        List<String> lines = Files.readAllLines(folder.resolve("child.log"));
        assertEquals(0, exit, String.join("\n", lines));
        assertEquals(List.of("files=2000 built=1999 failed=1",
                FailingView.message(folder.resolve("corpus/edition-01234.xml").toString(), View.TEXT)),
                lines);
        assertTrue(Files.isRegularFile(folder.resolve("out/edition-01234/index.html")), "the failing edition's other views are there");
        assertTrue(Files.isRegularFile(folder.resolve("out/edition-01999/text.txt")), "the last edition is built");
    }
}
