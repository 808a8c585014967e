package org.sigla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigla.support.Xml;

/** From transcriptions to an edition: sigla collate, then sigla build, from the command line. */
class CollateCommandTest {

    private static final Path EXAMPLE = Path.of("examples", "collation");

    @TempDir
    Path folder;

    @Test
    void theShippedExampleCollatesIntoAnEditionThatBuildsWithItsSynopsis() throws Exception {
        Path edition = folder.resolve("fable.xml");
        Run collate = Run.sigla("collate", "--base", "A", EXAMPLE.resolve("A.txt").toString(), EXAMPLE.resolve("B.txt").toString(),
                EXAMPLE.resolve("C.txt").toString(), "-o", edition.toString());
        assertEquals(0, collate.exitCode(), collate::all);
        Run build = Run.sigla("build", edition.toString(), "-o", folder.resolve("out").toString());
        assertEquals(0, build.exitCode(), build::all);
        Path built = folder.resolve("out/fable");
        XdmNode synopsis = Xml.html(built.resolve("synopsis.html"));
        assertEquals(List.of("A", "B", "C"), Xml.strings(synopsis, "//h:thead//h:th[@class != 'synopsis-place']"));
        assertEquals("high", Xml.string(synopsis, "(//h:tbody/h:tr)[1]/h:td[@class = 'w-2']//h:span[@class = 'app'][normalize-space() = 'high']"));
        // Each variant leads to its apparatus entry, and the entry back to the synopsis's row.
        String mark = Xml.string(synopsis, "(//h:td[@class = 'w-2']//h:a[@class = 'app-mark'])[1]/@href");
        assertTrue(mark.startsWith("apparatus.html#"), mark);
        XdmNode apparatus = Xml.html(built.resolve("apparatus.html"));
        String back = Xml.string(apparatus, "//h:li[@id = '" + mark.substring("apparatus.html#".length()) + "']/h:a[@class = 'entry-synopsis']/@href");
        assertTrue(back.startsWith("synopsis.html#row-"), back);
        assertEquals(1, Xml.count(synopsis, "//h:tr[@id = '" + back.substring("synopsis.html#".length()) + "']"));
        assertTrue(Files.readString(built.resolve("apparatus.txt")).contains("tall] A C; high B"));
    }

    @Test
    void withoutAnOutputTheEditionGoesToTheStandardOutput() throws Exception {
        Run run = Run.sigla("collate", "X=" + EXAMPLE.resolve("A.txt"), "Y=" + EXAMPLE.resolve("B.txt"));
        assertEquals(0, run.exitCode(), run::all);
        assertTrue(run.out().startsWith("<?xml") && run.out().contains("<witness xml:id=\"X\">A.txt</witness>"), run::out);
    }

    @Test
    void aWitnessGivenTwiceOrMissingIsRefusedInOneLine() {
        Run twice = Run.sigla("collate", EXAMPLE.resolve("A.txt").toString(), "Z=" + EXAMPLE.resolve("A.txt"));
        assertEquals(2, twice.exitCode());
        assertEquals(EXAMPLE.resolve("A.txt") + ": error: the witness is given twice [witness]", twice.err().strip());
        Run one = Run.sigla("collate", EXAMPLE.resolve("A.txt").toString());
        assertEquals(2, one.exitCode());
        assertEquals("sigla: error: a collation needs two witnesses or more [collate]", one.err().strip());
        Run base = Run.sigla("collate", "--base", "Q", EXAMPLE.resolve("A.txt").toString(), EXAMPLE.resolve("B.txt").toString());
        assertEquals(2, base.exitCode());
        assertTrue(base.err().contains("--base Q is none of the witnesses' sigla (A, B)"), base::err);
    }
}
