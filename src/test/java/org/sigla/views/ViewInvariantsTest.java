package org.sigla.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.sf.saxon.s9api.XdmNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sigla.support.Editions;
import org.sigla.support.Xml;

/**
 * What must hold for every edition, computed from its TEI rather than written down:
 * no note, no intervention and no word of the text is lost by any view.
 */
class ViewInvariantsTest {

    static Stream<Path> editions() {
        return Editions.all().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editions")
    void everyNoteAppearsExactlyOnceInTheWebEditionAndTheText(Path edition) throws Exception {
        XdmNode tei = Xml.tei(edition);
        int notes = Xml.count(tei, "/tei:TEI/tei:text/(tei:front | tei:body)//tei:note[not(ancestor::tei:note)]"
                + " | /tei:TEI/(tei:text/tei:back | tei:standOff)//tei:note[@target][not(ancestor::tei:note)]");
        XdmNode page = Xml.html(Editions.built(edition).resolve("index.html"));
        assertEquals(notes, Xml.count(page, "//h:ol[@class = 'notes-list']/h:li"));
        assertEquals(notes, Xml.count(page, "//h:main//h:a[@class = 'note-call']"));
        for (String id : Xml.strings(page, "//h:ol[@class = 'notes-list']/h:li/@id")) {
            assertEquals(1, Xml.count(page, "//h:a[@class = 'note-call'][@href = '#" + id + "']"), id);
        }
        String text = Files.readString(Editions.built(edition).resolve("text.txt"));
        String notesPart = text.substring(text.lastIndexOf("\nNotes\n") + 1);
        for (int n = 1; n <= notes; n++) {
            assertEquals(1, count(notesPart, "(?m)^\\[" + n + "\\] "), "note " + n + " listed once");
            assertEquals(2, count(text, "\\[" + n + "\\]"), "note " + n + ": one call, one entry");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editions")
    void everyInterventionAndVariantHasAnApparatusEntryLinkedBothWays(Path edition) {
        XdmNode tei = Xml.tei(edition);
        int interventions = Xml.count(tei, "/tei:TEI/(tei:text | tei:standOff)//(tei:app | tei:choice | tei:supplied | tei:gap"
                + " | tei:add[not(ancestor::tei:app)] | tei:del[not(ancestor::tei:app)])");
        XdmNode apparatus = Xml.html(Editions.built(edition).resolve("apparatus.html"));
        XdmNode page = Xml.html(Editions.built(edition).resolve("index.html"));
        assertEquals(interventions, Xml.count(apparatus, "//h:ol[@class = 'apparatus-entries']/h:li"));
        for (String id : Xml.strings(apparatus, "//h:ol[@class = 'apparatus-entries']/h:li/@id")) {
            String place = Xml.string(apparatus, "//h:li[@id = '" + id + "']/h:a[@class = 'entry-place']/@href");
            assertTrue(place.startsWith("index.html#"), place);
            assertEquals(1, Xml.count(page, "//*[@id = '" + place.substring("index.html#".length()) + "']"), "place of " + id);
        }
        for (String mark : Xml.strings(page, "//h:a[@class = 'app-mark']/@href")) {
            assertEquals(1, Xml.count(apparatus, "//h:li[@id = '" + mark.substring("apparatus.html#".length()) + "']"), mark);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("editions")
    void noWordOfTheEditedReadingIsMissingFromTheText(Path edition) throws Exception {
        XdmNode tei = Xml.tei(edition);
        String edited = Xml.string(tei, "string-join(/tei:TEI/tei:text/tei:body//text()[not(ancestor::tei:sic or ancestor::tei:orig"
                + " or ancestor::tei:abbr[parent::tei:choice] or ancestor::tei:rdg or ancestor::tei:del or ancestor::tei:note)], '')");
        Map<String, Integer> needed = words(edited);
        Map<String, Integer> found = words(Files.readString(Editions.built(edition).resolve("text.txt")));
        needed.forEach((word, times) -> assertTrue(found.getOrDefault(word, 0) >= times,
                () -> "\"" + word + "\" appears " + times + " times in the body, " + found.getOrDefault(word, 0) + " in the text view"));
    }

    private static Map<String, Integer> words(String text) {
        Map<String, Integer> words = new HashMap<>();
        Matcher word = Pattern.compile("[\\p{L}\\p{M}\\d]+").matcher(text);
        while (word.find()) {
            words.merge(word.group(), 1, Integer::sum);
        }
        return words;
    }

    private static int count(String text, String regex) {
        Matcher matcher = Pattern.compile(regex).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }
}
