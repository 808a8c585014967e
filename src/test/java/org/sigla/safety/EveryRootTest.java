package org.sigla.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sigla.cli.Run;
import org.sigla.support.Xml;

/**
 * Whatever root an XML file has, Sigla answers in the editor's words: TEI (in its namespace or,
 * with a warning, without it) and teiCorpus are read and built; any other root is refused in one
 * line that says what Sigla reads. Never a Java message.
 */
class EveryRootTest {

    private static final String HEADER = "<teiHeader><fileDesc><titleStmt><title>%s</title></titleStmt><publicationStmt><p>P</p>"
            + "</publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>";

    @TempDir
    Path folder;

    private static String tei(String namespace, String title, String body) {
        return "<TEI" + namespace + ">" + HEADER.formatted(title) + "<text><body><p>" + body + "</p></body></text></TEI>";
    }

    /** A file exported without the TEI namespace (the Classical Text Editor writes one, with a DOCTYPE): read as TEI, with a warning that says how to fix it. */
    @Test
    void teiWithoutItsNamespaceIsReadAsTeiWithAWarning() throws Exception {
        Path file = Files.writeString(folder.resolve("cte.xml"), "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI SYSTEM \"tei_all.dtd\">\n"
                + tei("", "Exported", "Some <hi rend=\"italic\">words</hi> here."));
        Run validate = Run.sigla("validate", file.toString());
        assertEquals(0, validate.exitCode(), validate::all);
        assertTrue(validate.out().contains(file + ":3:6: warning: <TEI> has no TEI namespace; Sigla reads it as TEI"
                + " (add xmlns=\"http://www.tei-c.org/ns/1.0\" to <TEI> to say so) [tei-namespace]"), validate::all);
        Run build = Run.sigla("build", file.toString(), "-o", folder.resolve("out").toString());
        assertEquals(0, build.exitCode(), build::all);
        assertTrue(Files.readString(folder.resolve("out/cte/text.txt")).contains("Some words here."));
        assertEquals(1, Xml.count(Xml.html(folder.resolve("out/cte/index.html")), "//h:p/h:i[. = 'words']"),
                "the markup is read as TEI's");
    }

    /** A teiCorpus is built as the corpus it is: its header, then each of its texts. */
    @Test
    void aTeiCorpusIsBuiltAsItsHeaderThenEachText() throws Exception {
        String ns = " xmlns=\"http://www.tei-c.org/ns/1.0\"";
        Path file = Files.writeString(folder.resolve("corpus.xml"), "<teiCorpus" + ns + " xml:lang=\"en\">" + HEADER.formatted("Two Letters")
                + tei(" xml:id=\"first\"", "The First Letter", "Dear friend.") + tei(" xml:id=\"second\"", "The Second Letter", "Dear brother.")
                + "</teiCorpus>");
        Run build = Run.sigla("build", file.toString(), "-o", folder.resolve("out").toString());
        assertEquals(0, build.exitCode(), build::all);
        List<String> text = Files.readAllLines(folder.resolve("out/corpus/text.txt")).stream().filter(line -> !line.isBlank()).toList();
        assertEquals(List.of("Two Letters", "The First Letter", "Dear friend.", "The Second Letter", "Dear brother."), text);
        String page = Files.readString(folder.resolve("out/corpus/index.html"));
        assertTrue(page.indexOf("The First Letter") < page.indexOf("Dear friend.") && page.indexOf("Dear friend.") < page.indexOf("The Second Letter"), page);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "<html><body><p>a page</p></body></html>|1:7|<html>",
        "<x:root xmlns:x=\"urn:example\"/>|1:32|<root> in the namespace urn:example",
        "<text xmlns=\"http://www.tei-c.org/ns/1.0\"><body><p>a</p></body></text>|1:43|<text> in the namespace http://www.tei-c.org/ns/1.0",
        "<!-- only a comment --><?pi only?><tei/>|1:41|<tei>",
        "<TEI xmlns=\"http://www.tei-c.org/ns/2.0\"/>|1:43|<TEI> in the namespace http://www.tei-c.org/ns/2.0"})
    void anyOtherRootIsRefusedInOneLine(String xml, String place, String root) throws Exception {
        Path file = Files.writeString(folder.resolve("other.xml"), xml);
        Run validate = Run.sigla("validate", file.toString());
        assertEquals(1, validate.exitCode(), validate::all);
        assertTrue(validate.out().contains(file + ":" + place + ": error: not a TEI document: its root is " + root
                + "; Sigla reads TEI P5, whose root is <TEI> or <teiCorpus> in the TEI namespace [not-tei]"), validate::all);
        Run build = Run.sigla("build", file.toString(), "-o", folder.resolve("out").toString());
        assertEquals(1, build.exitCode(), build::all);
        assertFalse(build.all().contains("Exception") || build.all().contains("null"), build::all);
    }

    /** An XML file with no root at all is not well-formed: one line, as every malformed file. */
    @Test
    void aFileWithNoRootIsMalformed() throws Exception {
        Path file = Files.writeString(folder.resolve("empty.xml"), "<?xml version=\"1.0\"?>\n<!-- nothing -->\n");
        Run validate = Run.sigla("validate", file.toString());
        assertEquals(1, validate.exitCode(), validate::all);
        assertTrue(validate.out().matches("(?s)" + java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: error: not well-formed XML: .*"), validate::all);
    }

    /** An element of the edition with an id the views use for their own parts (xml:id="text"): the print edition still typesets. */
    @Test
    void anIdTheViewsUseThemselvesStepsAside() throws Exception {
        Path file = Files.writeString(folder.resolve("ids.xml"), tei(" xmlns=\"http://www.tei-c.org/ns/1.0\" xml:lang=\"en\"", "Ids",
                "A paragraph</p><p xml:id=\"text\">called text</p><p xml:id=\"title\">and title"));
        Run build = Run.sigla("build", file.toString(), "-o", folder.resolve("out").toString());
        assertEquals(0, build.exitCode(), build::all);
        assertTrue(Files.size(folder.resolve("out/ids/edition.pdf")) > 1000);
        String page = Files.readString(folder.resolve("out/ids/index.html"));
        assertEquals(1, page.split("id=\"text\"", -1).length - 1, "one element has the id text on the page");
    }
}
