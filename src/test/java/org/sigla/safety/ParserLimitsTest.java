package org.sigla.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigla.cli.Run;

/** Documents built to exhaust the stack or the memory get a clear answer, never a crash. */
class ParserLimitsTest {

    private static final String HEADER = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"en\"><teiHeader><fileDesc>"
            + "<titleStmt><title>T</title></titleStmt><publicationStmt><p>P</p></publicationStmt>"
            + "<sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>";

    @TempDir
    Path folder;

    @Test
    void aDocumentNestedTenThousandLevelsDeepIsRefusedWithOneLine() throws Exception {
        Path deep = folder.resolve("deep.xml");
        Files.writeString(deep, HEADER + "<text><body><p>" + "<hi>".repeat(10_000) + "x" + "</hi>".repeat(10_000) + "</p></body></text></TEI>");
        for (String command : new String[] {"validate", "build"}) {
            Run run = command.equals("build") ? Run.sigla(command, deep.toString(), "-o", folder.resolve("out").toString())
                    : Run.sigla(command, deep.toString());
            assertEquals(1, run.exitCode(), run::all);
            assertTrue(run.all().contains(deep + ":1:"), run::all);
            assertTrue(run.all().contains("nested more than 1000 levels deep"), run::all);
            assertFalse(run.all().contains("\tat "), run::all);
        }
    }

    @Test
    void aTenMegabyteAttributeIsHandled() throws Exception {
        Path big = folder.resolve("big.xml");
        Files.writeString(big, HEADER + "<text><body><p rend=\"" + "x".repeat(10_000_000) + "\">words</p></body></text></TEI>");
        Run run = Run.sigla("build", big.toString(), "-o", folder.resolve("out").toString());
        assertEquals(0, run.exitCode(), run::all);
        assertTrue(Files.readString(folder.resolve("out/big/text.txt")).contains("words"));
    }

    @Test
    void anOutputPathThatIsAFileGetsOneLine() throws Exception {
        Path file = Files.writeString(folder.resolve("a-file"), "x");
        Run run = Run.sigla("text", "src/test/resources/editions/verse.xml", "-o", file.toString(), "--force");
        assertEquals(3, run.exitCode(), run::all);
        assertEquals(2, run.err().lines().count(), run::err);
        assertFalse(run.all().contains("\tat "), run::all);
    }
}
