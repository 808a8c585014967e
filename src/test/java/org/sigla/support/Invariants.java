package org.sigla.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.saxon.s9api.XdmNode;

/**
 * What must hold between an edition and its views, computed from the TEI rather than
 * written down: no note, no intervention and no word of the text is lost by any view.
 */
public final class Invariants {

    private Invariants() {}

    /**
     * What the edited reading leaves out, in the text as in notes: a choice's other children, the
     * readings after the lemma, deletions, abbreviation marks, an apparatus kept apart (it feeds
     * the apparatus wherever it stands), lists of persons, places and the like (they feed the
     * indexes), descriptions of figures and the furniture of the page.
     */
    private static final String NOT_SHOWN = "ancestor::*[parent::tei:choice][not(. is (../(tei:corr | tei:reg | tei:expan), ../*)[1])]"
            + " or ancestor::tei:rdg[exists(../tei:lem) or exists(preceding-sibling::tei:rdg)] or ancestor::tei:del or ancestor::tei:am"
            + " or ancestor::tei:app[@from or (@loc and not(ancestor::tei:body)) or ancestor::tei:listApp]"
            + " or ancestor::tei:figDesc or ancestor::tei:fw or ancestor::tei:witDetail or ancestor::tei:listPerson or ancestor::tei:listPlace"
            + " or ancestor::tei:listOrg or ancestor::tei:listEvent or ancestor::tei:listNym or ancestor::tei:listObject"
            + " or ancestor::tei:listRelation or ancestor::tei:certainty or ancestor::tei:interpGrp or ancestor::tei:linkGrp";

    /** Every note once in the web edition (its call once too) and once in the text view. */
    public static void everyNoteAppearsOnce(Path tei, Path built) throws IOException {
        XdmNode source = Xml.tei(tei);
        int notes = Xml.count(source, "/tei:TEI/tei:text/(tei:front | tei:body | tei:group)//tei:note[not(ancestor::tei:note)]"
                + " | /tei:TEI/(tei:text/tei:back | tei:standOff)//tei:note[@target][not(ancestor::tei:note)]");
        XdmNode page = Xml.html(built.resolve("index.html"));
        assertEquals(notes, Xml.count(page, "//h:ol[@class = 'notes-list']/h:li"), tei + ": notes in the web edition");
        // Browsers match a fragment after percent-decoding it; the HTML serializer escapes non-ASCII in href.
        List<String> calls = Xml.strings(page, "//h:a[@class = 'note-call']/@href").stream()
                .map(href -> URLDecoder.decode(href, StandardCharsets.UTF_8)).toList();
        for (String id : Xml.strings(page, "//h:ol[@class = 'notes-list']/h:li/@id")) {
            assertEquals(1, calls.stream().filter(("#" + id)::equals).count(), tei + ": call of " + id);
        }
        String text = Files.readString(built.resolve("text.txt"));
        if (notes > 0) {
            String listed = text.substring(text.lastIndexOf("\nNotes\n") + 1);
            // Every word of every note, as the note's own reading shows it, in the notes after the text.
            List<String> noteTexts = Xml.strings(source, "(/tei:TEI/tei:text/(tei:front | tei:body | tei:group)//tei:note[not(ancestor::tei:note)]"
                    + " | /tei:TEI/(tei:text/tei:back | tei:standOff)//tei:note[@target][not(ancestor::tei:note)])"
                    + " ! string-join(.//text()[not(ancestor::tei:note[2] or " + NOT_SHOWN + ")], ' ')");
            String listedLetters = letters(listed);
            for (String note : noteTexts) {
                int from = 0;
                for (String word : note.split("\\s+")) {
                    String wanted = letters(word);
                    int at = listedLetters.indexOf(wanted, from);
                    assertTrue(at >= 0, () -> tei + ": the notes of the text view lack \"" + word + "\" of \"" + note.strip() + "\"");
                    from = at + wanted.length();
                }
            }
            // Numbers may restart (with each chapter, say): each is listed as often as notes bear it.
            List<String> numbers = Xml.strings(page, "//h:ol[@class = 'notes-list']/h:li/h:a[@class = 'note-back']");
            // Compared as both pages can be read: composed (NFC), without invisible format and control characters (an HTML parser drops U+007F).
            String plainListed = plainNumber(listed);
            for (String number : new java.util.TreeSet<>(numbers)) {
                assertEquals(java.util.Collections.frequency(numbers, number), count(plainListed, "(?m)^\\[" + Pattern.quote(plainNumber(number)) + "\\] "),
                        tei + ": note " + number + " listed once for each note that bears it");
            }
        }
    }

    private static String plainNumber(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC).replaceAll("[\\p{Cf}\\p{Cc}&&[^\\n]]", "");
    }

    /** Every intervention and variant has one apparatus entry, and entry and place link to each other. */
    public static void everyInterventionHasAnEntryLinkedBothWays(Path tei, Path built) {
        // What the TEI calls the editors' interventions and the variants; an add or del inside a subst, or an unclear
        // inside a choice, is part of the entry of what holds it.
        int interventions = Xml.count(Xml.tei(tei), "/tei:TEI/tei:standOff//tei:app | /tei:TEI/tei:text//(tei:app | tei:choice"
                + " | tei:supplied | tei:gap | tei:unclear[not(parent::tei:choice)] | tei:subst[not(ancestor::tei:app)]"
                + " | tei:add[not(ancestor::tei:app | parent::tei:subst)] | tei:del[not(ancestor::tei:app | parent::tei:subst)])");
        XdmNode apparatus = Xml.html(built.resolve("apparatus.html"));
        XdmNode page = Xml.html(built.resolve("index.html"));
        assertEquals(interventions, Xml.count(apparatus, "//h:ol[@class = 'apparatus-entries']/h:li"), tei + ": apparatus entries");
        List<String> pageIds = Xml.strings(page, "//@id");
        List<String> entryIds = Xml.strings(apparatus, "//h:ol[@class = 'apparatus-entries']/h:li/@id");
        // Each entry links to its place, which is on the page once.
        assertEquals(entryIds.size(), Xml.count(apparatus, "//h:ol[@class = 'apparatus-entries']/h:li[count(h:a[@class = 'entry-place']) = 1]"),
                tei + ": every entry has one link to its place");
        for (String place : Xml.strings(apparatus, "//h:ol[@class = 'apparatus-entries']/h:li/h:a[@class = 'entry-place']/@href")) {
            assertTrue(place.startsWith("index.html#"), place);
            String id = URLDecoder.decode(place.substring("index.html#".length()), StandardCharsets.UTF_8);
            assertEquals(1, pageIds.stream().filter(id::equals).count(), tei + ": place " + id);
        }
        // And the way back: every entry is the target of a mark on the page, and every mark leads to an entry.
        java.util.Set<String> marked = new java.util.HashSet<>();
        for (String mark : Xml.strings(page, "//h:a[@class = 'app-mark']/@href")) {
            String id = URLDecoder.decode(mark.substring("apparatus.html#".length()), StandardCharsets.UTF_8);
            assertEquals(1, entryIds.stream().filter(id::equals).count(), tei + ": " + mark);
            marked.add(id);
        }
        // (An entry whose place cannot be found in the text, an @loc that names nothing there, leads to the text as a whole: no mark can lead back.)
        List<String> unplaced = Xml.strings(apparatus, "//h:ol[@class = 'apparatus-entries']/h:li[h:a[@class = 'entry-place']/@href = 'index.html#text']/@id");
        List<String> unmarked = entryIds.stream().filter(id -> !marked.contains(id) && !unplaced.contains(id)).toList();
        assertEquals(List.of(), unmarked, tei + ": entries no mark on the page leads to");
    }

    /**
     * Every word of the edited reading of the text (front, body, groups of texts, back) is in
     * the text view, in order: the letters of each word of each block (a paragraph, a line, a
     * speaker…) stand in the view after those of the word before. Letters only, decomposed, the
     * Leiden dot below aside: the view adds brackets, quotation marks, note numbers, pointers'
     * addresses in angle brackets and the Leiden "vac.", and fills lines. A choice shows its first
     * corr, reg or expan (else its first child); an app its lemma, else its first reading. Notes
     * are checked apart; lists of persons, places and the like feed the indexes, an apparatus kept
     * apart feeds the apparatus.
     */
    public static void noWordOfTheEditedReadingIsLost(Path tei, Path built) throws IOException {
        String blocks = "(tei:p | tei:ab | tei:l | tei:head | tei:speaker | tei:stage | tei:item | tei:cell | tei:salute | tei:signed"
                + " | tei:dateline | tei:addrLine | tei:trailer | tei:byline | tei:label | tei:castItem | tei:titlePart | tei:docEdition"
                + " | tei:docImprint | tei:docDate | tei:docAuthor | tei:roleDesc | tei:bibl | tei:witness)";
        List<String> edited = Xml.strings(Xml.tei(tei), "/tei:TEI/tei:text//" + blocks + "[not(.//" + blocks + ")]"
                + " ! string-join(.//text()[not(" + NOT_SHOWN
                + " or ancestor::tei:div[tei:note][every $n in .//tei:note satisfies $n/@target][empty(* except (tei:note | tei:head))]"
                + " or ancestor::tei:note)], ' ')");
        String view = Files.readString(built.resolve("text.txt")).replaceAll("<[^<>\\s]+>", " ");
        String letters = letters(view);
        int from = 0;
        for (String block : edited) {
            for (String word : block.split("\\s+")) {
                String wanted = letters(word);
                if (wanted.isEmpty()) {
                    continue;
                }
                int at = letters.indexOf(wanted, from);
                assertTrue(at >= 0, () -> tei + ": the text view lacks, or misplaces, \"" + word + "\" of \"" + block.strip() + "\"");
                from = at + wanted.length();
            }
        }
    }

    /** Letters and their marks, decomposed (so that a mark set apart from its letter, or a note call between them, compares alike), the Leiden dot below aside. */
    private static String letters(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replace("\u0323", "").replaceAll("[^\\p{L}\\p{M}]", "");
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
