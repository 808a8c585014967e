package org.sigla.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigla.cli.Run;
import org.sigla.support.Xml;

/** A correspondence built together: one index for all its letters, and letters listed by date. */
class CorpusIndexTest {

    @TempDir
    Path folder;

    /** A letter in the form letters editions use: correspDesc, and its own list of the persons it names. */
    private static String letter(String title, String date, String when, String from, String to, String body, boolean bahr) {
        return """
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="de">
                  <teiHeader><fileDesc>
                    <titleStmt><title level="s">Briefwechsel</title><title level="a">%s</title></titleStmt>
                    <publicationStmt><publisher>Test</publisher><date when="2023">2023</date></publicationStmt>
                    <sourceDesc><p>Handschrift</p></sourceDesc></fileDesc>
                    <profileDesc><correspDesc>
                      <correspAction type="sent"><persName>%s</persName><date when="%s">%s</date></correspAction>
                      <correspAction type="received"><persName>%s</persName></correspAction>
                    </correspDesc></profileDesc>
                  </teiHeader>
                  <standOff><listPerson>
                    %s
                    <person xml:id="pmb2121"><persName><surname>Schnitzler</surname><forename>Arthur</forename></persName>
                      <birth when="1862-05-15">15. 5. 1862, <placeName>Wien</placeName></birth><death><date notBefore="1931-10-21" notAfter="1931-10-21"/></death>
                      <idno type="gnd">118609807</idno></person>
                  </listPerson></standOff>
                  <text><body><div><p>%s</p></div></body></text>
                </TEI>
                """.formatted(title, from, when, date, to, bahr ? """
                    <person xml:id="pmb10863"><persName><surname>Bahr</surname><forename>Hermann</forename></persName>
                      <birth><date when-iso="1863-07-19">19. 7. 1863</date><settlement><placeName>Linz</placeName></settlement></birth>
                      <death><date when="1934-01-15"/><settlement><placeName>München</placeName></settlement></death>
                      <occupation>Schriftsteller</occupation><sex value="1">männlich</sex></person>""" : "", body);
    }

    @Test
    void oneEntryPerPersonForTheWholeCorrespondenceWithItsDataAndEveryLetterThatNamesIt() throws Exception {
        Path letters = Files.createDirectories(folder.resolve("letters"));
        Files.writeString(letters.resolve("L01.xml"), letter("Schnitzler an Bahr, 19. 8. 1894", "19. 8. 1894", "1894-08-19",
                "Arthur Schnitzler", "Hermann Bahr", "Lieber <persName ref=\"#pmb10863\">Bahr</persName>, ich, <persName ref=\"#pmb2121\">A.</persName>", true));
        Files.writeString(letters.resolve("L02.xml"), letter("Bahr an Schnitzler, 3. 1. 1891", "3. 1. 1891", "1891-01-03",
                "Hermann Bahr", "Arthur Schnitzler", "Ihr <persName ref=\"#pmb10863\">H. B.</persName>", true));
        Files.writeString(letters.resolve("L03.xml"), letter("Schnitzler an Beer-Hofmann, 2. 2. 1900", "2. 2. 1900", "1900-02-02",
                "Arthur Schnitzler", "Richard Beer-Hofmann", "Von <persName ref=\"#pmb2121\">mir</persName>.", false));
        Path out = folder.resolve("out");
        Run run = Run.sigla("html", letters.toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run::all);

        XdmNode persons = Xml.html(out.resolve("persons.html"));
        assertEquals(2, Xml.count(persons, "//h:main/h:ul/h:li"), "one entry per person, merged across letters");
        String bahr = "//h:li[@id = 'entry-pmb10863']";
        assertEquals("(1863 Linz – 1934 München)", Xml.string(persons, bahr + "/h:span[@class = 'index-dates']"));
        assertEquals("männlich, Schriftsteller", Xml.string(persons, bahr + "/h:span[@class = 'index-facts']"));
        assertEquals("2 editions", Xml.string(persons, bahr + "/h:span[@class = 'index-count']"));
        // The letters in the order they were written, each by its own title.
        assertEquals(List.of("Bahr an Schnitzler, 3. 1. 1891", "Schnitzler an Bahr, 19. 8. 1894"),
                Xml.strings(persons, bahr + "//h:ul[@class = 'index-occurrences']/h:li/h:a[1]"));
        // Merged by the authority record: the same GND number in two letters is one person.
        String schnitzler = "//h:li[@id = 'entry-d-nb.info-gnd-118609807']";
        assertEquals("2 editions", Xml.string(persons, schnitzler + "/h:span[@class = 'index-count']"));
        assertEquals("(1862 Wien – 1931)", Xml.string(persons, schnitzler + "/h:span[@class = 'index-dates']"));
        assertEquals("https://d-nb.info/gnd/118609807", Xml.string(persons, schnitzler + "//h:a[. = 'GND']/@href"));

        XdmNode letter = Xml.html(out.resolve("L01/index.html"));
        assertEquals("../persons.html#entry-pmb10863", Xml.string(letter, "//h:li[@id = 'pmb10863']/h:a[@class = 'corpus-entry']/@href"));

        XdmNode home = Xml.html(out.resolve("index.html"));
        assertEquals(List.of("3. 1. 1891", "19. 8. 1894", "2. 2. 1900"), Xml.strings(home, "//h:span[@class = 'corpus-date']"));
        assertEquals(List.of("Hermann Bahr to Arthur Schnitzler", "Arthur Schnitzler to Hermann Bahr", "Arthur Schnitzler to Richard Beer-Hofmann"),
                Xml.strings(home, "//h:span[@class = 'corpus-correspondents']"));
        assertTrue(Xml.strings(home, "//h:a[@class = 'index-name']").contains("Schnitzler an Bahr, 19. 8. 1894"));
    }

    private static final String HEADER = "<teiHeader><fileDesc><titleStmt><title>%s</title></titleStmt><publicationStmt><publisher>Test</publisher></publicationStmt>"
            + "<sourceDesc><p>Born digital.</p></sourceDesc></fileDesc></teiHeader>";

    @Test
    void namesPointIntoTheProjectsRegistersByRefAndTheEditionsAreValid() throws Exception {
        Path project = Files.createDirectories(folder.resolve("project"));
        Files.writeString(project.resolve("persons.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">" + HEADER.formatted("Persons")
                + "<standOff><listPerson><person xml:id=\"p12\"><persName>Ada Lovelace</persName><birth when=\"1815-12-10\"><placeName>London</placeName></birth></person>"
                + "<person xml:id=\"p13\"><persName>Charles Babbage</persName></person></listPerson></standOff></TEI>");
        Files.writeString(project.resolve("places.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">" + HEADER.formatted("Places")
                + "<text><body><div><head>Places</head><listPlace><place xml:id=\"london\"><placeName>London</placeName>"
                + "<location><geo>51.5072 -0.1276</geo></location></place></listPlace></div></body></text></TEI>");
        Files.writeString(project.resolve("note.xml"), "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\">" + HEADER.formatted("A Note")
                + "<text><body><p><persName ref=\"#p12\">Ada</persName> wrote from <placeName ref=\"places.xml#london\">London</placeName>.</p></body></text></TEI>");
        Path out = folder.resolve("out");
        Run run = Run.sigla("html", project.toString(), "-o", out.toString());
        assertEquals(0, run.exitCode(), run::all);
        assertTrue(run.out().contains("3 files: 3 built, 0 invalid"), run::out);
        Run validate = Run.sigla("validate", project.toString());
        assertEquals(0, validate.exitCode(), validate::all);
        assertTrue(validate.all().contains("3 files checked: 3 valid"), validate::all);
        XdmNode note = Xml.html(out.resolve("note/index.html"));
        assertEquals("(* 1815 London)", Xml.string(note, "//h:li[@id = 'p12']/h:span[@class = 'index-dates']"));
        assertEquals("#p-1", Xml.string(note, "//h:li[@id = 'london']//h:a[@class = 'occurrence']/@href"));
        XdmNode persons = Xml.html(out.resolve("persons.html"));
        assertEquals(List.of("Ada Lovelace", "Charles Babbage"), Xml.strings(persons, "//h:main/h:ul/h:li/h:span[@class = 'index-name']"),
                "every entry of the register, in order of the name as written where no surname is marked");
        assertEquals("named in no edition", Xml.string(persons, "//h:li[@id = 'entry-p13']/h:span[@class = 'index-count']"));
    }
}
