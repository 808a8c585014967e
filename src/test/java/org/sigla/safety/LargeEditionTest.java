package org.sigla.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigla.support.Editions;

/**
 * A 100 MB edition, honest but large, validates and builds in a JVM with the launcher's
 * default heap (-Xmx2g). Not a timing test: it only bounds the run so that CI ends.
 */
class LargeEditionTest {

    @TempDir
    Path folder;

    @Test
    void aHundredMegabyteEditionValidatesAndBuildsWithinTheLaunchersHeap() throws Exception {
        Path large = folder.resolve("large.xml");
        String memoir = Files.readString(Editions.MEMOIR);
        String head = memoir.substring(0, memoir.indexOf("<body>") + "<body>".length());
        String body = memoir.substring(memoir.indexOf("<body>") + "<body>".length(), memoir.indexOf("</body>"));
        String tail = memoir.substring(memoir.indexOf("</body>")).replaceAll("target=\"#(a\\d+)\"", "target=\"#$1-0\"");
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(large, StandardCharsets.UTF_8)) {
            out.write(head);
            for (int copy = 0; written < 100_000_000; copy++) {
                String division = "<div n=\"" + copy + "\">" + body.replaceAll("xml:id=\"((?:p|a)\\d+)\"", "xml:id=\"$1-" + copy + "\"") + "</div>";
                out.write(division);
                written += division.length();
            }
            out.write(tail);
        }
        assertTrue(Files.size(large) > 100_000_000);

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xss8m", "-Xmx2g", "-cp", System.getProperty("java.class.path"), "org.sigla.cli.SiglaCommand",
                "build", large.toString(), "-o", folder.resolve("out").toString())
                .redirectErrorStream(true).redirectOutput(folder.resolve("build.log").toFile()).start();
        assertTrue(child.waitFor(15, TimeUnit.MINUTES), "the build did not end");
        String log = Files.readString(folder.resolve("build.log"));
        assertEquals(0, child.exitValue(), log);
        assertTrue(log.matches("(?s).*no print edition: at 1\\d\\d MB.*\\[print-size\\].*"), log);
        for (String file : new String[] {"index.html", "source.html", "text.txt", "apparatus.html", "apparatus.txt"}) {
            assertTrue(Files.size(folder.resolve("out/large").resolve(file)) > 1000, file);
        }
    }
}
