package org.sigla.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigla.Edition;
import org.sigla.EditionException;
import org.sigla.Sigla;
import org.sigla.cli.Run;
import org.sigla.validate.Problem;
import org.sigla.validate.Report;
import org.sigla.support.Xml;

/** XML Inclusions: resolved before validation and rendering, within the project folder, never in a loop. */
class InclusionTest {

    private static final String HEADER = "<teiHeader><fileDesc><titleStmt><title>Inclusions</title></titleStmt>"
            + "<publicationStmt><p>A test.</p></publicationStmt><sourceDesc><p>Born digital.</p></sourceDesc></fileDesc></teiHeader>\n";

    @TempDir
    Path folder;
    Path project;
    Sigla sigla;

    @BeforeEach
    void project() throws Exception {
        project = Files.createDirectories(folder.resolve("project"));
        Files.createDirectories(project.resolve("chapters"));
        Files.writeString(project.resolve("chapters/two.xml"), """
                <div xmlns="http://www.tei-c.org/ns/1.0" xml:id="two"><head>Chapter two</head>
                  <p>The second chapter.</p>
                  <div xml:id="two-a"><p>Its first <hi>section</hi>.</p>
                    <p>Its second paragraph.</p></div>
                </div>
                """);
        sigla = new Sigla();
        sigla.projectFolders(List.of(project));
    }

    private Path edition(String name, String body) throws Exception {
        Path file = project.resolve(name);
        Files.writeString(file, "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xmlns:xi=\"http://www.w3.org/2001/XInclude\">\n"
                + HEADER + "<text><body>\n" + body + "\n</body></text></TEI>\n");
        return file;
    }

    private String text(Edition edition) throws Exception {
        return sigla.processor().newXPathCompiler().evaluateSingle("string-join(//*:body//(*:head | *:p) ! normalize-space(), ' ')", edition.document()).getStringValue();
    }

    @Test
    void aDivisionFromASiblingFileIsPartOfTheEditionAndItsViews() throws Exception {
        Path main = edition("main.xml", "<div><p>The first chapter.</p></div>\n<xi:include href=\"chapters/two.xml\"/>");
        Edition edition = sigla.read(main);
        assertEquals("The first chapter. Chapter two The second chapter. Its first section. Its second paragraph.", text(edition));
        assertEquals(List.of(project.resolve("chapters/two.xml").toAbsolutePath().normalize()), edition.included());
        Report report = sigla.validator().check(edition);
        assertTrue(report.isValid(), () -> report.problems().toString());

        Path out = folder.resolve("out");
        Run run = Run.sigla("build", project.resolve("main.xml").toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run::all);
        assertTrue(Files.readString(out.resolve("main/text.txt")).contains("Its second paragraph."));
        XdmNode page = Xml.html(out.resolve("main/index.html"));
        assertEquals(1, Xml.count(page, "//h:h2[normalize-space() = 'Chapter two'] | //h:h3[normalize-space() = 'Chapter two']"));
        assertTrue(run.all().lines().noneMatch(line -> line.contains("include")), run::all);
    }

    @Test
    void aMistakeInAnIncludedFileIsToldAtItsOwnFileAndLine() throws Exception {
        Files.writeString(project.resolve("chapters/three.xml"),
                "<div xmlns=\"http://www.tei-c.org/ns/1.0\">\n  <p>A <bogus/> word.</p>\n</div>\n");
        Edition edition = sigla.read(edition("main.xml", "<div><p>One.</p></div>\n<xi:include href=\"chapters/three.xml\"/>"));
        Report report = sigla.validator().check(edition);
        Problem problem = report.problems().stream().filter(p -> p.message().contains("bogus")).findFirst().orElseThrow();
        assertEquals(project.resolve("chapters/three.xml").toAbsolutePath().normalize(), problem.file().toAbsolutePath().normalize());
        assertEquals(2, problem.line());
    }

    @Test
    void anXpointerIncludesOnlyWhatItNames() throws Exception {
        Edition byId = sigla.read(edition("by-id.xml", "<div><p>One.</p></div><xi:include href=\"chapters/two.xml\" xpointer=\"two-a\"/>"));
        assertEquals("One. Its first section. Its second paragraph.", text(byId));
        Edition byPath = sigla.read(edition("by-path.xml",
                "<div><p>One.</p><xi:include href=\"chapters/two.xml\" xpointer=\"element(/1/2)\"/></div>"));
        assertEquals("One. The second chapter.", text(byPath));
        Edition byIdAndPath = sigla.read(edition("by-both.xml",
                "<div><p>One.</p><xi:include href=\"chapters/two.xml\" xpointer=\"element(two-a/2)\"/></div>"));
        assertEquals("One. Its second paragraph.", text(byIdAndPath));
    }

    @Test
    void aMissingFileTakesTheFallbackAndWithoutOneIsAnErrorAtTheInclude() throws Exception {
        Edition fallback = sigla.read(edition("fallback.xml",
                "<div><p>One.</p>\n<xi:include href=\"chapters/nine.xml\"><xi:fallback><p>Chapter nine is lost.</p></xi:fallback></xi:include></div>"));
        assertEquals("One. Chapter nine is lost.", text(fallback));

        Path bare = edition("bare.xml", "<div><p>One.</p>\n<xi:include href=\"chapters/nine.xml\"/></div>");
        EditionException e = assertThrows(EditionException.class, () -> sigla.read(bare));
        assertTrue(e.problem().toString().startsWith(bare + ":5:"), e.problem()::toString);
        assertTrue(e.problem().toString().endsWith(": error: the included file chapters/nine.xml does not exist [xinclude]"), e.problem()::toString);

        Edition missingId = sigla.read(edition("missing-id.xml",
                "<div><p>One.</p><xi:include href=\"chapters/two.xml\" xpointer=\"nine\"><xi:fallback><p>None.</p></xi:fallback></xi:include></div>"));
        assertEquals("One. None.", text(missingId));
    }

    @Test
    void nothingIsIncludedFromOutsideTheProjectOrTheNetworkEvenWithAFallback() throws Exception {
        Files.writeString(folder.resolve("secret.xml"), "<p xmlns=\"http://www.tei-c.org/ns/1.0\">A secret.</p>");
        String fallback = "<xi:fallback><p>Fallback.</p></xi:fallback>";
        Path outside = edition("outside.xml", "<div><xi:include href=\"../secret.xml\">" + fallback + "</xi:include></div>");
        EditionException e = assertThrows(EditionException.class, () -> sigla.read(outside));
        assertTrue(e.problem().toString().matches(".*outside\\.xml:4:\\d+: error: the include of \\.\\./secret\\.xml points outside the project folder .*\\[xinclude\\]"),
                e.problem()::toString);

        Path network = edition("network.xml", "<div><xi:include href=\"http://example.org/chapter.xml\">" + fallback + "</xi:include></div>");
        EditionException remote = assertThrows(EditionException.class, () -> sigla.read(network));
        assertTrue(remote.problem().message().contains("Sigla includes nothing from the network"), remote.problem()::toString);

        Path absolute = edition("absolute.xml", "<div><xi:include href=\"" + folder.resolve("secret.xml").toUri() + "\"/></div>");
        assertThrows(EditionException.class, () -> sigla.read(absolute));
    }

    @Test
    void anInclusionLoopIsRefusedInOneLine() throws Exception {
        Files.writeString(project.resolve("chapters/a.xml"),
                "<div xmlns=\"http://www.tei-c.org/ns/1.0\" xmlns:xi=\"http://www.w3.org/2001/XInclude\"><p>A.</p>\n<xi:include href=\"b.xml\"/></div>");
        Files.writeString(project.resolve("chapters/b.xml"),
                "<div xmlns=\"http://www.tei-c.org/ns/1.0\" xmlns:xi=\"http://www.w3.org/2001/XInclude\"><p>B.</p>\n<xi:include href=\"a.xml\"/></div>");
        Path main = edition("loop.xml", "<xi:include href=\"chapters/a.xml\"/>");
        EditionException e = assertThrows(EditionException.class, () -> sigla.read(main));
        assertEquals(project.resolve("chapters/b.xml").toAbsolutePath().normalize() + ":2:27: error: the include of chapters/a.xml includes itself again: an inclusion loop [xinclude]",
                e.problem().toString());

        Run run = Run.sigla("validate", main.toString());
        assertEquals(1, run.exitCode(), run::all);
        assertTrue(run.all().lines().anyMatch(line -> line.endsWith("an inclusion loop [xinclude]")), run::all);
        assertTrue(run.all().lines().noneMatch(line -> line.startsWith("\tat ")), run::all);
    }

    @Test
    void changingAnIncludedFileRebuildsTheEditionThatIncludesIt() throws Exception {
        edition("main.xml", "<div><p>One.</p></div>\n<xi:include href=\"chapters/two.xml\"/>");
        Path out = folder.resolve("out");
        assertEquals(0, Run.sigla("text", project.toString(), "-o", out.toString()).exitCode());
        Run validate = Run.sigla("validate", project.toString());
        assertTrue(validate.all().contains("1 file checked: 1 valid"), "the chapter is checked in the book, not alone: " + validate.all());
        Run unchanged = Run.sigla("text", project.toString(), "-o", out.toString());
        assertTrue(unchanged.out().contains("0 built, 0 invalid, 1 unchanged"), unchanged::all);
        Path two = project.resolve("chapters/two.xml");
        Files.writeString(two, Files.readString(two).replace("second paragraph", "last paragraph"));
        Run again = Run.sigla("text", project.toString(), "-o", out.toString());
        assertTrue(again.out().contains("1 built"), again::all);
        assertTrue(Files.readString(out.resolve("main/text.txt")).contains("Its last paragraph."));
    }
}
