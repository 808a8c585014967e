package org.sigla.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sigla.publish.Build;
import org.sigla.publish.BuildListener;
import org.sigla.support.Editions;
import org.sigla.support.Needs;
import org.sigla.support.Xml;
import org.sigla.validate.Problem;
import org.sigla.views.View;

/**
 * What a build gives the search: each web edition's records, whose markers lead to places of
 * its pages and whose words are what those pages read; an index per language beside the
 * editions; and, without Pagefind, a build that says so and has no search box.
 */
class SearchIndexTest {

    @TempDir
    Path folder;

    private List<String> build(List<Path> sources, Path out, Map<String, String> parameters, Optional<Pagefind> pagefind) throws Exception {
        List<String> warnings = new ArrayList<>();
        new Build(Editions.sigla(), Editions.sigla().validator(), Editions.sigla().views(), pagefind).run(sources,
                new Build.Options(out, java.util.EnumSet.of(View.HTML), parameters, false), new BuildListener() {
                    @Override public void problem(Problem problem) { throw new AssertionError(problem.toString()); }
                    @Override public void warning(Path file, String message) { warnings.add(message); }
                    @Override public void failed(Path file, String message) { throw new AssertionError(message); }
                    @Override public void built(Path file, Path built) { }
                });
        return warnings;
    }

    private static Optional<Pagefind> pagefind() {
        Optional<Pagefind> pagefind = Pagefind.find();
        Needs.present(pagefind.isPresent(), "Pagefind (npm ci installs it into node_modules)");
        return pagefind;
    }

    @Test
    void everyMarkerOfTheMemoirsRecordsLeadsToAPlaceOfItsPagesAndEveryNumberedPlaceHasOne() throws Exception {
        Path out = folder.resolve("out");
        assertEquals(List.of(), build(List.of(Editions.MEMOIR), out, Map.of(), pagefind()));
        Path edition = out.resolve("kamenev-octobre-1917");
        assertEquals(List.of("names.fr.html", "source.fr.html", "text.fr.html", "witnesses.fr.html"), list(edition.resolve("search")));
        XdmNode index = Xml.html(edition.resolve("index.html"));
        XdmNode source = Xml.html(edition.resolve("source.html"));
        for (String record : List.of("names", "source", "text", "witnesses")) {
            XdmNode page = record.equals("source") ? source : index;
            XdmNode words = Xml.html(edition.resolve("search/" + record + ".fr.html"));
            List<String> markers = Xml.strings(words, "//h:span[contains(@id, '#')]/@id");
            assertFalse(markers.isEmpty(), record);
            Set<String> ids = new HashSet<>(Xml.strings(page, "//@id"));
            for (String marker : markers) {
                assertTrue(ids.contains(marker.substring(0, marker.indexOf('#'))), record + ": " + marker + " leads nowhere");
                assertTrue(java.net.URLDecoder.decode(marker.substring(marker.indexOf('#') + 1), java.nio.charset.StandardCharsets.UTF_8)
                        .matches("\\d+|n\\.\u00a0\\d+|v\\.\u00a0\\d+"), record + ": " + marker + " is cited as the apparatus cites it");
            }
            assertEquals(record, Xml.string(words, "//h:span[@data-pagefind-filter]/@data-scope"));
            assertEquals("kamenev-octobre-1917", Xml.string(words, "//h:span[@data-pagefind-filter]/@data-edition"));
        }
        // The edited text's record: a marker for each numbered paragraph and note, in the page's order.
        XdmNode text = Xml.html(edition.resolve("search/text.fr.html"));
        assertEquals(Xml.strings(index, "//h:section[@id = 'text']//h:p[h:a[@class = 'pnum']]/@id | //h:li[contains-token(@class, 'note')]/@id"),
                Xml.strings(text, "//h:span[contains(@id, '#')]/substring-before(@id, '#')"));
        // Its words are the page's, less the numbers and marks a reader does not read as the text.
        String page = Xml.string(index, "normalize-space(string-join(//h:section[@id = 'text']//text()[not(ancestor::*[@aria-hidden = 'true'"
                + " or contains-token(@class, 'pnum') or contains-token(@class, 'note-call-wrap') or contains-token(@class, 'app-mark')"
                + " or contains-token(@class, 'pb') or contains-token(@class, 'bracket') or contains-token(@class, 'hyphen') or self::h:h2])], ' '))");
        String record = Xml.string(text, "normalize-space(string-join(//h:div//text(), ' '))");
        assertTrue(record.replaceAll("\\s+", "").startsWith(java.text.Normalizer.normalize(page, java.text.Normalizer.Form.NFKC)
                .replace("œ", "oe").replaceAll("\\s+", "")), "the record reads as the page: " + record.substring(0, 300));
        assertEquals("Lev Kamenev", Xml.string(text, "//h:span[@data-pagefind-filter = 'author[data-value]']/@data-value"));
        assertTrue(Xml.string(text, "//h:span[@data-pagefind-filter = 'year[data-value]']/@data-value").matches("\\d{4}"));
        // The names' record names Lenin where the text says what it says.
        assertTrue(Xml.string(Xml.html(edition.resolve("search/names.fr.html")), "string(//h:div)").contains("Vladimir Ilitch Lénine"));

        assertEquals(List.of("fr"), list(out.resolve("pagefind")));
        assertTrue(Files.isRegularFile(out.resolve("pagefind/fr/pagefind.js")));
        assertEquals("fr", Xml.string(Xml.html(out.resolve("search.html")), "//h:div[@id = 'search']/@data-languages"));
        assertEquals("../search.html", Xml.string(index, "//h:form[@role = 'search']/@action"));
        assertEquals("kamenev-octobre-1917", Xml.string(index, "//h:form[@role = 'search']//h:input[@name = 'edition']/@value"));
    }

    @Test
    void longSAndLigaturesAreFoldedAsTheSearchPageFoldsAQuery() throws Exception {
        Path source = folder.resolve("ligatures.xml");
        Files.writeString(source, Files.readString(Editions.testEdition("letter"))
                .replaceFirst("(<body>\\s*(?:<[^>]+>\\s*)*?<p[^>]*>)", "$1Le ſavant mange des œufs avec ﬁneſſe. "));
        Path out = folder.resolve("out");
        assertEquals(List.of(), build(List.of(source), out, Map.of(), pagefind()));
        String words = Xml.string(Xml.html(out.resolve("ligatures/search/text.fr.html")), "string(//h:div)");
        assertTrue(words.contains("Le savant mange des oeufs avec finesse."), words);
        assertTrue(Files.readString(out.resolve("ligatures/index.html")).contains("Le ſavant mange des œufs avec ﬁneſſe."), "the page keeps the letters");
    }

    @Test
    void withoutPagefindABuildSaysSoOnceAndOffersNoSearch() throws Exception {
        Path out = folder.resolve("out");
        List<String> warnings = build(List.of(Editions.MEMOIR, Editions.testEdition("letter")), out, Map.of(), Optional.empty());
        assertEquals(1, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).endsWith("warning: no search page: Pagefind is not installed (run 'npm ci' in Sigla's folder,"
                + " or name the program with -Dsigla.pagefind) [search]"), warnings.get(0));
        assertFalse(Files.exists(out.resolve("search.html")));
        assertFalse(Files.exists(out.resolve("kamenev-octobre-1917/search")));
        assertEquals(0, Xml.count(Xml.html(out.resolve("kamenev-octobre-1917/index.html")), "//h:form[@role = 'search']"));
    }

    @Test
    void anUnchangedBuildKeepsTheIndexAndTurningTheRecordsOffRemovesIt() throws Exception {
        Path out = folder.resolve("out");
        List<Path> sources = List.of(Editions.testEdition("letter"), Editions.testEdition("verse"));
        build(sources, out, Map.of(), pagefind());
        String page = Files.readString(out.resolve("search.html"));
        build(sources, out, Map.of(), pagefind());
        assertEquals(page, Files.readString(out.resolve("search.html")));
        assertTrue(Files.isRegularFile(out.resolve("pagefind/en/pagefind.js")), "the editions left as they were are indexed still");

        build(sources, out, Map.of("search-records", ""), pagefind());
        assertFalse(Files.exists(out.resolve("search.html")));
        assertFalse(Files.exists(out.resolve("pagefind")));
        assertFalse(Files.exists(out.resolve("letter/search")));
        assertEquals(0, Xml.count(Xml.html(out.resolve("letter/index.html")), "//h:form[@role = 'search']"));
    }

    @Test
    void noEditionTakesTheIndexsFolder() {
        Map<Path, String> names = Build.names(List.of(Path.of("a/pagefind.xml"), Path.of("b/letter.xml")));
        assertEquals(List.of("a-pagefind", "letter"), List.copyOf(names.values()));
    }

    private static List<String> list(Path folder) throws Exception {
        try (var files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }
}
