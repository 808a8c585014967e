package org.sigla.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigla.support.Editions;

/** {@code sigla validate}: its exit codes and the lines it prints, on good and bad input. */
class ValidateCommandTest {

    @TempDir
    Path folder;

    @Test
    void validEditionExitsZeroWithASummary() {
        Run run = Run.sigla("validate", Editions.MEMOIR.toString());
        assertEquals(0, run.exitCode(), run::all);
        assertEquals("1 file checked: 1 valid, 0 invalid (0 errors, 0 warnings)", run.out().strip());
    }

    @Test
    void folderIsValidatedFileByFile() {
        Run run = Run.sigla("validate", Editions.TEST_EDITIONS.toString());
        assertEquals(0, run.exitCode(), run::all);
        assertTrue(run.out().contains("\n7 files checked: 7 valid, 0 invalid"), run::out);
        // None of the test editions names a schema: each is checked against TEI P5, and the output says so once for each.
        assertEquals(7, run.out().lines().filter(line -> line.endsWith(": note: checked against TEI P5 (tei_all): the edition names no schema with <?xml-model?>")).count(), run::out);
    }

    @Test
    void malformedFileGetsOneLineWithLineAndColumnAndExitsOne() throws Exception {
        Path file = folder.resolve("broken.xml");
        Files.writeString(file, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">\n  <teiHeader>\n</TEI>\n");
        Run run = Run.sigla("validate", file.toString());
        assertEquals(1, run.exitCode(), run::all);
        String first = run.out().lines().findFirst().orElseThrow();
        assertTrue(first.matches("\\Q" + file + "\\E:3:3: error: not well-formed XML: .*teiHeader.* \\[xml\\]"), first);
        assertFalse(run.all().contains("Exception"), run::all);
        assertFalse(run.all().contains("\tat "), run::all);
    }

    @Test
    void invalidFileListsEachProblemAndExitsOne() throws Exception {
        Path file = Editions.memoirCopy(folder, "invalid.xml");
        Files.writeString(file, Files.readString(Editions.MEMOIR).replace("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"fr\">",
                "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">").replace("target=\"#a4\"", "target=\"#a44\""));
        Run run = Run.sigla("validate", file.toString());
        assertEquals(1, run.exitCode(), run::all);
        assertTrue(run.out().contains(file + ":4:"), run::out);
        assertTrue(run.out().contains("[rng]"), run::out);
        // One mistake (a target's typo), one message: the broken pointer, not also the note without a call.
        assertTrue(run.out().contains("points to #a44, which does not exist in this file; did you mean #a4? [pointer-resolves]"), run::out);
        assertFalse(run.out().contains("[note-anchor]"), run::out);
        assertTrue(run.out().contains("1 file checked: 0 valid, 1 invalid (2 errors, 0 warnings)"), run::out);
        assertTrue(Run.sigla("validate", "--verbose", file.toString()).out().contains("the same mistake, also: "), "--verbose shows it");
    }

    @Test
    void missingFileExitsTwo() {
        Run run = Run.sigla("validate", folder.resolve("nowhere.xml").toString());
        assertEquals(2, run.exitCode(), run::all);
        assertTrue(run.err().contains("nowhere.xml: error: the file does not exist [file]"), run::err);
    }

    @Test
    void unusableArgumentsExitTwo() {
        assertEquals(2, Run.sigla("validate").exitCode());
        assertEquals(2, Run.sigla("validate", "--format", "yaml", Editions.MEMOIR.toString()).exitCode());
        assertEquals(2, Run.sigla("validate", "--schema", folder.resolve("none.rng").toString(), Editions.MEMOIR.toString()).exitCode());
    }

    @Test
    void jsonFormatGivesEveryProblemWithItsPlace() throws Exception {
        Path file = folder.resolve("broken.xml");
        Files.writeString(file, "<TEI>\n<x>\n</TEI>");
        Run run = Run.sigla("validate", "--format", "json", file.toString());
        assertEquals(1, run.exitCode());
        assertTrue(run.out().contains("\"line\":3,\"column\":3,\"severity\":\"error\",\"rule\":\"xml\""), run::out);
        assertTrue(run.out().strip().endsWith("\"summary\":{\"files\":1,\"valid\":0,\"invalid\":1}}"), run::out);
    }

    @Test
    void jsonGivesTheGuidelinesPageAndTheFullWordingAsFieldsOfTheirOwn() throws Exception {
        Path file = Editions.memoirCopy(folder, "typo.xml");
        Files.writeString(file, Files.readString(Editions.MEMOIR).replaceFirst("<persName ref=\"#kamenev\">Lev Kamenev</persName>",
                "<persname ref=\"#kamenev\">Lev Kamenev</persname>"));
        Run run = Run.sigla("validate", "--format", "json", file.toString());
        assertTrue(run.out().contains("\"severity\":\"error\",\"rule\":\"rng\",\"message\":\"element \\\"persname\\\" is not allowed inside"
                + " <author>; did you mean <persName>?\",\"schema\":\"schema/sigla.rng\",\"guidelines\":\"https://tei-c.org/release/doc/tei-p5-doc/en/html/ref-persName.html\","
                + "\"detail\":\"element \\\"persname\\\" not allowed anywhere; expected"), run::out);
        Run verbose = Run.sigla("validate", "--verbose", file.toString());
        assertTrue(verbose.out().contains("\n    see https://tei-c.org/release/doc/tei-p5-doc/en/html/ref-persName.html\n"), verbose::out);
        assertTrue(verbose.out().contains("\n    in full: element \"persname\" not allowed anywhere; expected the element end-tag"), verbose::out);
    }

    @Test
    void anotherSchemaCanBeNamed() throws Exception {
        // A schema the memoir does not fit (its root must be <letter>): named, it is the one that judges.
        Path letter = Files.writeString(folder.resolve("letter.rng"), "<element name=\"letter\" ns=\"http://www.tei-c.org/ns/1.0\""
                + " xmlns=\"http://relaxng.org/ns/structure/1.0\"><text/></element>");
        Run run = Run.sigla("validate", "--schema", letter.toString(), Editions.MEMOIR.toString());
        assertEquals(1, run.exitCode(), run::all);
        assertTrue(run.out().contains("error: element \"TEI\" not allowed here; expected the element end-tag or element \"letter\"")
                || run.out().matches("(?s).*:\\d+:\\d+: error: [^\\n]*\"TEI\"[^\\n]*letter[^\\n]*\\[rng\\].*"), run::all);
        Run plan = Run.sigla("validate", "--rules", "--schema", letter.toString(), Editions.MEMOIR.toString());
        assertTrue(plan.out().contains("grammar      " + letter + ": given with --schema"), plan::all);
        // Without it, the memoir's own grammar and house rules, as its <?xml-model?> names them.
        Run own = Run.sigla("validate", "--rules", Editions.MEMOIR.toString());
        assertTrue(own.out().contains("grammar      schema/sigla.rng: named by the edition, line 2"), own::all);
        assertTrue(own.out().contains("house rules  schema/memoir.sch: named by the edition, line 3"), own::all);
        assertEquals(0, Run.sigla("validate", Editions.MEMOIR.toString()).exitCode());
    }

    /**
     * An edition that names its schema by a remote address: Sigla fetches nothing; it checks against
     * tei_all instead, its findings as warnings, and says so; with a catalog that maps the address to
     * a local copy, that copy judges.
     */
    @Test
    void aRemoteSchemaIsReadThroughACatalogAndNeverFetched() throws Exception {
        Path letter = Files.writeString(folder.resolve("letter.rng"), "<element name=\"letter\" ns=\"http://www.tei-c.org/ns/1.0\""
                + " xmlns=\"http://relaxng.org/ns/structure/1.0\"><text/></element>");
        Path edition = Files.writeString(folder.resolve("remote.xml"), Files.readString(Editions.testEdition("verse")).replaceFirst("\\?>",
                "?><?xml-model href=\"https://schemas.example.org/letter.rng\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?>"));
        Run alone = Run.sigla("validate", edition.toString());
        assertEquals(0, alone.exitCode(), alone::all);
        assertTrue(alone.out().contains(edition + ": note: checked against TEI P5 (tei_all) in place of https://schemas.example.org/letter.rng,"
                + " which Sigla does not fetch"), alone::all);
        Path catalog = Files.writeString(folder.resolve("catalog.xml"), "<catalog xmlns=\"urn:oasis:names:tc:entity:xmlns:xml:catalog\">"
                + "<uri name=\"https://schemas.example.org/letter.rng\" uri=\"" + letter.toUri() + "\"/></catalog>");
        Run mapped = Run.sigla("validate", "--catalog", catalog.toString(), edition.toString());
        assertEquals(1, mapped.exitCode(), mapped::all);
        assertTrue(mapped.out().matches("(?s).*" + java.util.regex.Pattern.quote(edition.toString()) + ":\\d+:\\d+: error: [^\\n]*\"TEI\"[^\\n]*\\[rng\\].*"), mapped::all);
        Run plan = Run.sigla("validate", "--rules", "--catalog", catalog.toString(), edition.toString());
        assertTrue(plan.out().contains("grammar      https://schemas.example.org/letter.rng: named by the edition, line 1, read from " + letter), plan::all);
    }

    @Test
    void externalEntityPointingAtALocalFileReadsNothing() throws Exception {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-CONTENT");
        Path file = folder.resolve("xxe.xml");
        Files.writeString(file, Files.readString(Editions.MEMOIR)
                .replaceFirst("<\\?xml-model", "<!DOCTYPE TEI [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n<?xml-model")
                .replace("éjà au moment", "éjà &xxe;au moment"));
        assertTrue(Files.readString(file).contains("éjà &xxe;au"), "the test edition must use the entity");
        Run run = Run.sigla("validate", "--format", "json", file.toString());
        assertFalse(run.all().contains("TOP-SECRET-CONTENT"), run::all);
        Path out = folder.resolve("out");
        Run build = Run.sigla("build", file.toString(), "-o", out.toString());
        assertEquals(0, build.exitCode(), build::all);
        assertFalse(Files.readString(out.resolve("xxe/index.html")).contains("TOP-SECRET-CONTENT"));
        assertFalse(Files.readString(out.resolve("xxe/text.txt")).contains("TOP-SECRET-CONTENT"));
    }

    @Test
    void entityBombStopsWithAClearMessage() throws Exception {
        StringBuilder bomb = new StringBuilder("<!DOCTYPE TEI [<!ENTITY a0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            bomb.append("<!ENTITY a").append(i).append(" \"").append(("&a" + (i - 1) + ";").repeat(10)).append("\">");
        }
        bomb.append("]>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><p>&a9;</p></TEI>");
        Path file = folder.resolve("bomb.xml");
        Files.writeString(file, bomb);
        Run run = Run.sigla("validate", file.toString());
        assertEquals(1, run.exitCode(), run::all);
        assertTrue(run.out().matches("(?s)\\Q" + file + "\\E:\\d+:\\d+: error: .*entities more than 10000 times.*"), run::out);
        assertFalse(run.all().contains("\tat "), run::all);
    }
}
