package org.sigla.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.sf.saxon.s9api.Processor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sigla.Edition;
import org.sigla.Sigla;
import org.sigla.support.Editions;

/** Each Schematron rule, shown failing on a small document broken in just that way. */
class EditorialRulesTest {

    @TempDir
    Path folder;

    static Stream<Arguments> brokenDocuments() {
        return Stream.of(
            Arguments.of("unique-id", "", "<p xml:id='x'>a</p><p xml:id='x'>b</p>", ""),
            Arguments.of("pointer-resolves", "", "<p><ref target='#nowhere'>a</ref></p>", ""),
            Arguments.of("note-anchor", PERSONS, "<p>a</p>", "<back><div><note target='#somebody'>n</note></div></back>"),
            Arguments.of("note-anchor-shared", "", "<p>a<anchor xml:id='a1'/></p>",
                    "<back><div><note target='#a1'>n</note><note target='#a1'>m</note></div></back>"),
            Arguments.of("no-replacement-character", "", "<p>caf\uFFFD</p>", ""),
            Arguments.of("no-extraction-debris", "", "<p>ne pas e3 tre vu</p>", ""),
            Arguments.of("wit-declared", "", "<p><app><lem wit='#A'>a</lem><rdg wit='#Z'>b</rdg></app></p>", ""),
            Arguments.of("app-one-lem", "", "<p><app><lem wit='#A'>a</lem><lem wit='#A'>b</lem></app></p>", ""),
            Arguments.of("app-span", "", "<p>a<anchor xml:id='a1'/> b<anchor xml:id='a2'/></p>",
                    "<back><app from='#a2' to='#a1'><rdg wit='#B'>y</rdg></app></back>"),
            Arguments.of("dual-date-offset", "",
                    "<p><date when='1917-11-06' when-custom='1917-10-25' datingMethod='#julian'>25 octobre</date></p>", ""),
            Arguments.of("name-ref", "", "<p xml:id='here'><persName ref='#here'>X</persName></p>", ""),
            Arguments.of("supplied-resp", "", "<p><supplied>x</supplied></p>", ""));
    }

    private static final String PERSONS =
            "<standOff><listPerson><person xml:id='somebody'><persName>S</persName></person></listPerson></standOff>";

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenDocuments")
    void ruleReportsItsIdWithAPlaceInTheFile(String rule, String standOff, String body, String back) throws Exception {
        Path file = write(rule, standOff, body, back);
        Report report = Editions.sigla().validator().check(Editions.sigla().read(file));
        // A finding that follows from another mistake at the same place is kept apart, but found all the same.
        List<Problem> found = Stream.concat(report.problems().stream(), report.alsoFound().stream()).filter(p -> p.rule().equals(rule)).toList();
        // A rule about two places (a duplicated id, a shared call point) reports each of them.
        assertEquals(rule.equals("unique-id") || rule.equals("note-anchor-shared") ? 2 : 1, found.size(),
                () -> rule + " fired a wrong number of times: " + report.problems());
        Problem problem = found.get(0);
        assertTrue(problem.line() > 0 && problem.column() > 0, problem::toString);
        assertTrue(problem.toString().startsWith(file + ":" + problem.line() + ":" + problem.column() + ": "), problem::toString);
        assertTrue(problem.toString().endsWith("[" + rule + "]"), problem::toString);
        assertEquals(rule.equals("supplied-resp") ? Severity.WARNING : Severity.ERROR, problem.severity());
    }

    @Test
    void aSoundDocumentRaisesNoRule() throws Exception {
        Path file = write("sound", PERSONS,
                "<p>a<anchor xml:id='a1'/> <persName ref='#somebody'>S</persName> <app><lem wit='#A'>x</lem><rdg wit='#B'>y</rdg></app>"
                + " <date when='1917-11-07' when-custom='1917-10-25' datingMethod='#julian'>25 octobre</date>"
                + " <date when='1700-03-10' when-custom='1700-02-28' datingMethod='#julian'>1700</date>"
                + " <supplied resp='#ed'>z</supplied> 22h45</p>",
                "<back><div><note target='#a1'>n</note></div></back>");
        Report report = Editions.sigla().validator().check(Editions.sigla().read(file));
        assertEquals(List.of(), report.problems());
    }

    /** The build turns sigla.sch into a stylesheet once (RulesPrecompiler); Sigla must use it, and it must judge as the source does. */
    @Test
    void thePrecompiledRulesJudgeAsTheirSource() throws Exception {
        assertNotNull(Sigla.class.getResource("/org/sigla/schema/sigla.sch.xsl"), "the build made no precompiled rules");
        Processor processor = Editions.sigla().processor();
        SchematronRules fromSource = SchematronRules.compile(processor, Path.of("tei", "schema", "sigla.sch").toUri().toString());
        SchematronRules precompiled = SchematronRules.precompiled(processor, Sigla.class.getResource("/org/sigla/schema/sigla.sch.xsl"));
        List<Path> broken = new ArrayList<>();
        for (Arguments arguments : brokenDocuments().toList()) {
            Object[] a = arguments.get();
            broken.add(write((String) a[0], (String) a[1], (String) a[2], (String) a[3]));
        }
        for (Path file : Stream.concat(Stream.of(Editions.MEMOIR), broken.stream()).toList()) {
            Edition edition = Editions.sigla().read(file);
            List<Problem> expected = fromSource.check(edition, processor);
            assertEquals(broken.contains(file), !expected.isEmpty(), file.toString());
            List<Problem> found = precompiled.check(edition, processor);
            assertEquals(expected, found, file.toString());
        }
    }

    private Path write(String name, String standOff, String body, String back) throws Exception {
        String tei = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en">
              <teiHeader>
                <fileDesc>
                  <titleStmt><title>T</title><editor xml:id="ed">E</editor></titleStmt>
                  <publicationStmt><p>P</p></publicationStmt>
                  <sourceDesc><listWit><witness xml:id="A">A</witness><witness xml:id="B">B</witness></listWit></sourceDesc>
                </fileDesc>
                <profileDesc><calendarDesc><calendar xml:id="julian"><p>Julian</p></calendar></calendarDesc></profileDesc>
              </teiHeader>
              %s
              <text><body>%s</body>%s</text>
            </TEI>
            """.formatted(standOff, body, back);
        Path file = folder.resolve(name + ".xml");
        Files.writeString(file, tei);
        return file;
    }
}
