package org.sigla.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sigla.cli.Run;
import org.sigla.support.Needs;
import org.sigla.support.Xml;

/**
 * A real project whose documents point into shared register files: the TEI Publisher demo
 * (../shared/projects/teipublisher), a letter and three sermons naming persons, places and
 * works by @key in five registers.
 */
class RegistersTest {

    static final Path PROJECT = Path.of("..", "shared", "projects", "teipublisher");
    static final String LETTER = "CIDTC-3823-cortez";

    private static Path out;
    private static Run build;

    @BeforeAll
    static void buildTheProject() throws Exception {
        Needs.present(Files.isDirectory(PROJECT), PROJECT.toAbsolutePath() + " (the shared projects beside the checkout)");
        out = Files.createTempDirectory("sigla-project-");
        // The letter points at a taxonomy and editors that TEI Publisher keeps elsewhere: invalid here, built with --force.
        build = Run.sigla("html", PROJECT.toString(), "-o", out.toString(), "--force");
        assertEquals(0, build.exitCode(), build::all);
    }

    @Test
    void theRegistersAreReadAsRegistersNotBuiltAsEditions() throws Exception {
        assertTrue(build.out().contains("9 files: 9 built"), build::out);
        try (var folders = Files.list(out)) {
            // The editions, and the search index beside them.
            assertEquals(List.of("27003", "27004", "27005", LETTER, "pagefind"),
                    folders.filter(Files::isDirectory).map(f -> f.getFileName().toString()).filter(f -> !f.startsWith(".")).sorted().toList());
        }
    }

    @Test
    void theLettersSearchRecordFiltersBySenderAndAddresseeNamedOnlyByTheRegisters() throws Exception {
        Path record;
        try (var records = Files.list(out.resolve(LETTER + "/search"))) {
            record = records.filter(file -> file.getFileName().toString().startsWith("text.")).findFirst().orElseThrow();
        }
        XdmNode words = Xml.html(record);
        assertEquals("Cortés, Hernán", Xml.string(words, "//h:span[@data-pagefind-filter = 'sender[data-value]']/@data-value"));
        assertEquals("Dantiscus, Ioannes", Xml.string(words, "//h:span[@data-pagefind-filter = 'addressee[data-value]']/@data-value"));
        assertEquals("1531", Xml.string(words, "//h:span[@data-pagefind-filter = 'year[data-value]']/@data-value"));
    }

    @Test
    void theLettersIndexTakesDantiscusFromThePersonsRegister() throws Exception {
        XdmNode page = Xml.html(out.resolve(LETTER + "/index.html"));
        String entry = "//h:li[@id = 'gnd-119442086']";
        assertEquals("Dantiscus, Ioannes", Xml.string(page, entry + "/h:span[@class = 'index-name']"));
        assertEquals("(1485 Danzig – 1548 Heilsberg (Ermland))", Xml.string(page, entry + "/h:span[@class = 'index-dates']"));
        assertTrue(Xml.string(page, entry + "/h:span[@class = 'index-facts']").contains("Bischof"));
        // Named in the Spanish letter and in its Polish translation, each a link to the name in the text.
        List<String> places = Xml.strings(page, entry + "//h:a[@class = 'occurrence']/@href");
        assertEquals(2, places.size(), places::toString);
        for (String place : places) {
            assertEquals(1, Xml.count(page, "//*[@id = '" + place.substring(1) + "']"), place);
        }
        assertTrue(Xml.count(page, "//h:a[@href = '#gnd-119442086'][@class = 'name rs']") > 0, "the names in the text link to the entry");
        assertEquals("../persons.html#entry-gnd-119442086", Xml.string(page, entry + "/h:a[@class = 'corpus-entry']/@href"));
    }

    @Test
    void eachRegisterHasAPageWhereEveryEntryListsTheEditionsThatNameIt() throws Exception {
        XdmNode persons = Xml.html(out.resolve("persons.html"));
        XdmNode register = Xml.tei(PROJECT.resolve("registers/persons.xml"));
        // Every entry of the register, named or not: nothing lost.
        assertEquals(Xml.count(register, "//tei:person[@xml:id]"), Xml.count(persons, "//h:main/h:ul/h:li[@class = 'index-entry']"));
        String dantiscus = "//h:li[@id = 'entry-gnd-119442086']";
        assertEquals("1 edition", Xml.string(persons, dantiscus + "/h:span[@class = 'index-count']"));
        assertEquals("Hernán CORTÉS to Ioannes DANTISCUS, Mexico 1531-08-01",
                Xml.string(persons, dantiscus + "//h:ul[@class = 'index-occurrences']/h:li/h:a[1]"));
        for (String link : Xml.strings(persons, dantiscus + "//h:ul[@class = 'index-occurrences']//h:a/@href")) {
            Path target = out.resolve(link.replaceAll("#.*", ""));
            assertTrue(Files.exists(target), link);
            if (link.contains("#")) {
                assertEquals(1, Xml.count(Xml.html(target), "//*[@id = '" + link.replaceAll(".*#", "") + "']"), link);
            }
        }
        // The register's own page: its entries and no other, with the same links to the editions.
        XdmNode own = Xml.html(out.resolve("register-persons.html"));
        assertEquals("Local Authority File: Person register", Xml.string(own, "//h:h1"));
        assertEquals(Xml.count(register, "//tei:person[@xml:id]"), Xml.count(own, "//h:main/h:ul/h:li[@class = 'index-entry']"));
        assertEquals(Xml.strings(persons, dantiscus + "//h:a/@href"), Xml.strings(own, dantiscus + "//h:a/@href"));
        XdmNode places = Xml.html(out.resolve("places.html"));
        assertTrue(Xml.count(places, "//h:a[contains(@class, 'index-geo')]") > 0, "places keep their coordinates");
        assertTrue(Files.exists(out.resolve("works.html")));
    }

    @Test
    void theHomePageNamesEachEditionByItsOwnTitleAndTheLetterByItsCorrespondents() throws Exception {
        XdmNode home = Xml.html(out.resolve("index.html"));
        List<String> titles = Xml.strings(home, "//h:a[@class = 'index-name']");
        assertTrue(titles.contains("Predigt: Offenbarung 1,8 (Neujahr)"), titles::toString);
        assertFalse(titles.contains("Predigten 1915"), "the volume's title is not the sermon's");
        assertEquals("Cortés, Hernán to Dantiscus, Ioannes", Xml.string(home, "//h:span[@class = 'corpus-correspondents']"));
        assertEquals("August 1 1531", Xml.string(home, "//h:span[@class = 'corpus-date']"));
        List<String> linkTexts = Xml.strings(home, "//h:span[@class = 'index-links']/h:a");
        assertTrue(linkTexts.contains("web edition"), linkTexts::toString);
        assertTrue(linkTexts.stream().noneMatch(text -> text.matches(".*\\.(html|xml|txt)")), linkTexts::toString);
        assertEquals(List.of("persons.html", "places.html", "works.html", "register-bibliography.html", "register-persons.html",
                "register-places.html", "register-works.html"), Xml.strings(home, "//h:nav[@class = 'corpus-indexes']/h:a/@href"),
                "the indexes by kind, then a page per register (the empty organisations register has none)");
    }

    @Test
    void theProjectsPagesAreValidHtml5() throws Exception {
        List<Path> pages;
        try (var walk = Files.walk(out)) {
            pages = walk.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
        assertTrue(pages.contains(out.resolve("persons.html")));
        assertEquals(List.of(), org.sigla.support.HtmlChecker.errors(pages));
    }
}
