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

    /** Each case: the rule, the document's standOff, body and back, and the start of the element the rule must point at. */
    static Stream<Arguments> brokenDocuments() {
        return Stream.of(
            Arguments.of("unique-id", "", "<p xml:id='x'>a</p><p xml:id='x'>b</p>", "", "<p xml:id='x'>a"),
            Arguments.of("pointer-resolves", "", "<p><ref target='#nowhere'>a</ref></p>", "", "<ref target='#nowhere'>"),
            Arguments.of("pointer-resolves", "", "<p><ref target='#range(a1,gone)'>a</ref><anchor xml:id='a1'/></p>", "", "<ref target='#range"),
            Arguments.of("note-anchor", PERSONS, "<p>a</p>", "<back><div><note target='#somebody'>n</note></div></back>", "<note target='#somebody'>"),
            Arguments.of("wit-declared", "", "<p><app><lem wit='#A'>a</lem><rdg wit='#ed'>b</rdg></app></p>", "", "<rdg wit='#ed'>"),
            Arguments.of("app-one-lem", "", "<p><app><lem wit='#A'>a</lem><lem wit='#A'>b</lem></app></p>", "", "<app>"),
            Arguments.of("app-span", "", "<p>a<anchor xml:id='a1'/> b<anchor xml:id='a2'/></p>",
                    "<back><app from='#a2' to='#a1'><rdg wit='#B'>y</rdg></app></back>", "<app from="),
            Arguments.of("dual-date-offset", "",
                    "<p><date when='1917-11-06' when-custom='1917-10-25' datingMethod='#julian'>25 octobre</date></p>", "", "<date when="),
            Arguments.of("name-ref", "", "<p xml:id='here'><persName ref='#here'>X</persName></p>", "", "<persName ref="),
            Arguments.of("supplied-resp", "", "<p><supplied>x</supplied></p>", "", "<supplied>"));
    }

    /** The memoir's house rules (memoir.sch): they fire where an edition names them, and nowhere else. */
    static Stream<Arguments> houseRules() {
        return Stream.of(
            Arguments.of("no-replacement-character", "", "<p>caf\uFFFD</p>", "", "<p>caf"),
            Arguments.of("no-extraction-debris", "", "<p>ne pas e3 tre vu</p>", "", "<p>ne pas"));
    }

    private static final String PERSONS =
            "<standOff><listPerson><person xml:id='somebody'><persName>S</persName></person></listPerson></standOff>";

    @ParameterizedTest(name = "{0}: {4}")
    @MethodSource("brokenDocuments")
    void ruleReportsItsIdWithAPlaceInTheFile(String rule, String standOff, String body, String back, String place) throws Exception {
        assertReportedAt(write(rule, "", standOff, body, back), rule, place);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("houseRules")
    void houseRulesApplyWhereTheEditionNamesThem(String rule, String standOff, String body, String back, String place) throws Exception {
        String named = "<?xml-model href=\"" + Path.of("tei", "schema", "memoir.sch").toAbsolutePath().toUri()
                + "\" type=\"application/xml\" schematypens=\"http://purl.oclc.org/dsdl/schematron\"?>\n";
        assertReportedAt(write(rule, named, standOff, body, back), rule, place);
        Report elsewhere = Editions.sigla().validator().check(Editions.sigla().read(write(rule + "-unnamed", "", standOff, body, back)));
        assertEquals(List.of(), elsewhere.problems(), "an edition that does not name the memoir's rules is not held to them");
    }

    private static void assertReportedAt(Path file, String rule, String place) throws Exception {
        Report report = Editions.sigla().validator().check(Editions.sigla().read(file));
        // A finding that follows from another mistake at the same place is kept apart, but found all the same.
        List<Problem> found = Stream.concat(report.problems().stream(), report.alsoFound().stream()).filter(p -> p.rule().equals(rule)).toList();
        // A rule about two places (a duplicated id) reports each of them.
        assertEquals(rule.equals("unique-id") ? 2 : 1, found.size(), () -> rule + " fired a wrong number of times: " + report.problems());
        Problem problem = found.get(0);
        // The element the rule is about: its start tag is on this line, and the place is the end of that tag (as Saxon counts).
        List<String> lines = Files.readAllLines(file);
        int line = 0;
        while (!lines.get(line).contains(place)) {
            line++;
        }
        int tagEnd = lines.get(line).indexOf('>', lines.get(line).indexOf(place)) + 2;
        assertEquals((line + 1) + ":" + tagEnd, problem.line() + ":" + problem.column(), () -> "the place of " + place + ": " + problem);
        assertTrue(problem.toString().startsWith(file + ":" + problem.line() + ":" + problem.column() + ": "), problem::toString);
        assertTrue(problem.toString().endsWith("[" + rule + "]"), problem::toString);
        assertEquals(rule.equals("supplied-resp") ? Severity.WARNING : Severity.ERROR, problem.severity());
    }

    /** Several notes at one anchor (a source note and a commentary note on one word) are sound TEI. */
    @Test
    void severalNotesMayShareAnAnchor() throws Exception {
        Path file = write("shared", "", "", "<p>a<anchor xml:id='a1'/></p>",
                "<back><div><note type='source' target='#a1'>n</note><note type='commentary' target='#a1'>m</note></div></back>");
        assertEquals(List.of(), Editions.sigla().validator().check(Editions.sigla().read(file)).problems());
    }

    /** TEI's pointer schemes name ids in their arguments; those ids are checked, the scheme is not read as one. */
    @Test
    void pointerSchemesAreReadForTheIdsTheyName() throws Exception {
        Path file = write("schemes", "", "", "<p><anchor xml:id='b1'/>text<anchor xml:id='b2'/> <ref target='#range(b1,b2)'>r</ref>"
                + " <ref target='#string-range(b1,0,4)'>s</ref> <ref target='#left(b1) #right(b2)'>l</ref>"
                + " <ref target=\"#match(b1,'te xt')\">m</ref> <ref target=\"#xpath(//tei:p[1])\">x</ref></p>", "");
        assertEquals(List.of(), Editions.sigla().validator().check(Editions.sigla().read(file)).problems());
    }

    /** A siglum may name a family of witnesses (a listWit) or a printed edition cited as a witness (a bibl). */
    @Test
    void aSiglumMayNameAGroupOfWitnessesOrACitedSource() throws Exception {
        Path file = write("sigla", "", "", "<p><app><lem wit='#A'>a</lem><rdg wit='#fam'>b</rdg><rdg wit='#Dan'>c</rdg></app></p>", "");
        Files.writeString(file, Files.readString(file).replace("<witness xml:id=\"B\">B</witness></listWit>",
                "<witness xml:id=\"B\">B</witness><listWit xml:id=\"fam\"><witness xml:id=\"C\">C</witness></listWit></listWit>"
                + "<listBibl><bibl xml:id=\"Dan\">Daniel's edition</bibl></listBibl>"));
        assertEquals(List.of(), Editions.sigla().validator().check(Editions.sigla().read(file)).problems());
    }

    @Test
    void aSoundDocumentRaisesNoRule() throws Exception {
        Path file = write("sound", "", PERSONS,
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
            broken.add(write(a[0] + "-" + broken.size(), "", (String) a[1], (String) a[2], (String) a[3]));
        }
        for (Path file : Stream.concat(Stream.of(Editions.MEMOIR), broken.stream()).toList()) {
            Edition edition = Editions.sigla().read(file);
            List<Problem> expected = fromSource.check(edition, processor);
            assertEquals(broken.contains(file), !expected.isEmpty(), file.toString());
            List<Problem> found = precompiled.check(edition, processor);
            assertEquals(expected, found, file.toString());
        }
    }

    /** @param prolog what stands before the root ({@code <?xml-model?>}, say) */
    private Path write(String name, String prolog, String standOff, String body, String back) throws Exception {
        String tei = prolog + """
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
