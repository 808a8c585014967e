package org.sigla.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigla.cli.Run;
import org.sigla.support.Editions;

/** Sigla writes only where it may, deletes nothing else, and a killed build loses nothing. */
class OutputSafetyTest {

    @TempDir
    Path folder;

    private Path source() throws Exception {
        Path sources = Files.createDirectories(folder.resolve("sources"));
        return Files.copy(Editions.testEdition("verse"), sources.resolve("verse.xml"));
    }

    @Test
    void outputInTheSourceFolderOrAboveIsRefused() throws Exception {
        Path source = source();
        for (Path out : List.of(source.getParent(), folder)) {
            Run run = Run.sigla("text", source.toString(), "-o", out.toString());
            assertEquals(2, run.exitCode(), run::all);
            assertTrue(run.err().contains("error: the output folder holds the source"), run::err);
            assertFalse(Files.exists(out.resolve("verse")), "nothing written");
        }
        assertEquals(0, Run.sigla("text", "--force", source.toString(), "-o", source.getParent().toString()).exitCode());
    }

    @Test
    void aNonEmptyFolderSiglaDidNotMakeIsRefusedAndLeftAlone() throws Exception {
        Path source = source();
        Path theirs = Files.createDirectories(folder.resolve("theirs"));
        Files.writeString(theirs.resolve("thesis.docx"), "years of work");
        Run run = Run.sigla("text", source.toString(), "-o", theirs.toString());
        assertEquals(2, run.exitCode(), run::all);
        assertTrue(run.err().contains("is not empty and was not made by Sigla"), run::err);
        assertEquals(List.of("thesis.docx"), list(theirs));

        Path ours = folder.resolve("ours");
        assertEquals(0, Run.sigla("text", source.toString(), "-o", ours.toString()).exitCode());
        assertEquals(0, Run.sigla("text", source.toString(), "-o", ours.toString()).exitCode(), "Sigla's own folder is reused");
    }

    @Test
    void aBuildDeletesNothingButTheEditionsItReplaces() throws Exception {
        Path source = source();
        Path out = folder.resolve("out");
        assertEquals(0, Run.sigla("text", source.toString(), "-o", out.toString()).exitCode());
        Files.writeString(out.resolve("notes-of-mine.txt"), "keep me");
        Files.createDirectories(out.resolve("other-edition"));
        Files.writeString(out.resolve("other-edition/index.html"), "<p>older</p>");
        assertEquals(0, Run.sigla("build", source.toString(), "-o", out.toString()).exitCode());
        assertEquals("keep me", Files.readString(out.resolve("notes-of-mine.txt")));
        assertEquals("<p>older</p>", Files.readString(out.resolve("other-edition/index.html")));
    }

    @Test
    void aBuildKilledHalfwayLeavesThePreviousOutputWholeAndReadable() throws Exception {
        Path sources = Files.createDirectories(folder.resolve("corpus"));
        for (int i = 0; i < 12; i++) {
            Files.copy(Editions.MEMOIR, sources.resolve(String.format("memoir-%02d.xml", i)));
        }
        Path out = folder.resolve("out");
        assertEquals(0, Run.sigla("build", sources.toString(), "-o", out.toString()).exitCode());
        List<String> complete = list(out.resolve("memoir-00"));

        // Kill it once it has published a few editions again, in the middle of the rest.
        Run.killedOnceItSays("memoir-02", folder.resolve("child.log"), "build", "--clean", sources.toString(), "-o", out.toString());

        for (int i = 0; i < 12; i++) {
            Path edition = out.resolve(String.format("memoir-%02d", i));
            assertEquals(complete, list(edition), edition + " is whole");
            assertTrue(Files.readString(edition.resolve("index.html")).trim().endsWith("</html>"), edition + " is readable");
        }
        Run again = Run.sigla("build", sources.toString(), "-o", out.toString());
        assertEquals(0, again.exitCode(), again::all);
        try (Stream<Path> entries = Files.list(out)) {
            assertTrue(entries.noneMatch(p -> p.getFileName().toString().startsWith(".sigla-staging-")), "no staging left behind");
        }
    }

    private static List<String> list(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
