package org.sigla.collate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.sigla.Edition;
import org.sigla.support.Editions;
import org.sigla.support.Xml;
import org.sigla.views.View;

/**
 * Generated witnesses (a text, and copies of it with words inserted, left out, changed and
 * swapped), collated: each witness's words come back, exactly and in order, from the text view
 * of the collated edition read through that witness; and each change made is one entry of the
 * apparatus.
 */
class CollationPropertyTest {

    private static final String[] WORDS = {"the", "a", "and", "of", "king", "said", "to", "his", "men", "that", "day", "in", "war",
        "peace", "was", "not", "so", "it", "came", "then"};

    @Property(tries = 300)
    void everyWitnessComesBackFromTheCollatedEdition(@ForAll @IntRange(min = 2, max = 4) int witnesses,
                                                     @ForAll @IntRange(min = 1, max = 40) int length,
                                                     @ForAll long seed) throws Exception {
        Random random = new Random(seed);
        List<String> base = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            base.add(WORDS[random.nextInt(WORDS.length)] + (random.nextInt(8) == 0 ? "," : ""));
        }
        Map<String, List<String>> texts = new LinkedHashMap<>();
        texts.put("W1", base);
        for (int w = 2; w <= witnesses; w++) {
            texts.put("W" + w, changed(base, random, 1 + random.nextInt(5)));
        }
        Path folder = Files.createTempDirectory("sigla-collation-");
        Edition edition = collate(folder, texts, random.nextBoolean() ? "W1" : null);
        assertEquals(List.of(), Editions.sigla().validator().check(edition).problems(), "the collation is a valid edition");
        for (Map.Entry<String, List<String>> witness : texts.entrySet()) {
            Path out = Files.createDirectories(folder.resolve("out-" + witness.getKey()));
            Editions.sigla().views().render(View.TEXT, edition, out, Map.of("witness", witness.getKey()));
            assertEquals(witness.getValue(), bodyWords(Files.readString(out.resolve("text.txt"))), witness.getKey() + " of " + texts);
        }
    }

    /** Long witnesses that do not share their paragraphs are cut at agreed places and aligned stretch by stretch. */
    @Property(tries = 15)
    void longWitnessesCutIntoStretchesComeBackWhole(@ForAll @IntRange(min = 700, max = 2500) int length, @ForAll long seed)
            throws Exception {
        Random random = new Random(seed);
        List<String> base = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            base.add(WORDS[random.nextInt(WORDS.length)]);
        }
        Map<String, List<String>> texts = new LinkedHashMap<>();
        texts.put("W1", base);
        texts.put("W2", changed(base, random, length / 40));
        texts.put("W3", changed(base, random, length / 40));
        Path folder = Files.createTempDirectory("sigla-collation-");
        // A paragraph break in one witness only: the witnesses are aligned as one text, in stretches.
        Edition edition = collate(folder, texts, null, "W3");
        List<List<Token>> words = texts.values().stream().map(text -> text.stream().map(Token::new).toList()).toList();
        assertTrue(Anchors.chunks(words, new Regularization()).size() >= 2, "cut into stretches: " + length + " words");
        assertEquals(List.of(), Editions.sigla().validator().check(edition).problems(), "the collation is a valid edition");
        for (Map.Entry<String, List<String>> witness : texts.entrySet()) {
            Path out = Files.createDirectories(folder.resolve("out-" + witness.getKey()));
            Editions.sigla().views().render(View.TEXT, edition, out, Map.of("witness", witness.getKey()));
            assertEquals(witness.getValue(), bodyWords(Files.readString(out.resolve("text.txt"))), witness.getKey());
        }
    }

    @Property(tries = 200)
    void eachChangeIsOneEntryOfTheApparatus(@ForAll @IntRange(min = 12, max = 40) int length,
                                            @ForAll @IntRange(min = 1, max = 4) int changes,
                                            @ForAll long seed) throws Exception {
        Random random = new Random(seed);
        List<String> base = words(length);
        // Changes four words apart, each a new word or a word left out: each one place of variation.
        List<Integer> slots = new ArrayList<>();
        for (int at = 2; at < length - 1; at += 4) {
            slots.add(at);
        }
        java.util.Collections.shuffle(slots, random);
        List<Integer> places = new ArrayList<>(slots.subList(0, Math.min(changes, slots.size())));
        places.sort((a, b) -> b - a);
        List<String> other = new ArrayList<>(base);
        for (int at : places) {
            switch (random.nextInt(3)) {
                case 0 -> other.add(at, "new" + word(random.nextInt(1000)));
                case 1 -> other.remove(at);
                default -> other.set(at, "new" + word(random.nextInt(1000)));
            }
        }
        Map<String, List<String>> texts = new LinkedHashMap<>();
        texts.put("A", base);
        texts.put("B", other);
        Path folder = Files.createTempDirectory("sigla-collation-");
        Edition edition = collate(folder, texts, "A");
        Editions.sigla().views().render(View.APPARATUS_TEXT, edition, folder, Map.of());
        long entries = Files.readAllLines(folder.resolve("apparatus.txt")).stream().filter(line -> line.matches("\\d+ .*\\].*")).count();
        assertEquals(places.size(), entries, texts.toString());
    }

    /**
     * Many witnesses, each differing from the base in a few words: every place of variation holds
     * only words that some witness changed, and every changed word is in one. (With many witnesses,
     * a place that swallowed the words all witnesses share would grow to the whole text.)
     */
    @Property(tries = 60)
    void withManyWitnessesEachPlaceHoldsOnlyTheWordsThatDiffer(@ForAll @IntRange(min = 5, max = 14) int witnesses,
                                                               @ForAll @IntRange(min = 20, max = 80) int length,
                                                               @ForAll long seed) throws Exception {
        Random random = new Random(seed);
        List<String> base = words(length);
        Map<String, List<String>> texts = new LinkedHashMap<>();
        texts.put("W0", base);
        java.util.Set<String> changed = new java.util.TreeSet<>();
        // For each word of the base, the witnesses that read it otherwise.
        Map<String, java.util.Set<String>> parting = new LinkedHashMap<>();
        for (int w = 1; w < witnesses; w++) {
            List<String> other = new ArrayList<>(base);
            for (int change = 0; change < 1 + random.nextInt(3); change++) {
                int at = random.nextInt(length);
                changed.add(base.get(at));
                parting.computeIfAbsent(base.get(at), k -> new java.util.TreeSet<>()).add("W" + w);
                // A new word of this witness's own (two witnesses with one new word at two places would align them), or the word in capitals.
                other.set(at, random.nextBoolean() ? "new" + word(w * 10 + change) : base.get(at).toUpperCase(java.util.Locale.ROOT));
            }
            texts.put("W" + w, other);
        }
        Path folder = Files.createTempDirectory("sigla-collation-");
        Edition edition = collate(folder, texts, "W0");
        java.util.Set<String> inPlaces = new java.util.TreeSet<>(Xml.strings(edition.document(), "//tei:app/tei:lem/tokenize(normalize-space())"));
        assertEquals(changed, inPlaces, "the base's words inside places of variation are exactly those some witness changed: " + texts);
        // Neighbouring words are one place only where the same witnesses part from the base on both.
        for (net.sf.saxon.s9api.XdmItem lemma : Xml.xpath(edition.document(), "//tei:app/tei:lem")) {
            List<java.util.Set<String>> ways = Arrays.stream(lemma.getStringValue().trim().split("\\s+")).map(parting::get).distinct().toList();
            assertEquals(1, ways.size(), "one place, one way of parting: " + lemma.getStringValue() + " " + ways);
        }
        assertEquals(length - changed.size(), Xml.count(edition.document(), "//tei:body//text()[empty(ancestor::tei:app)]/tokenize(normalize-space())"),
                "every word all witnesses share stands outside the places of variation");
    }

    /**
     * A witness with a lacuna (#LACUNA# where a stretch is lost) is not reported as omitting it:
     * read through it, the edition gives back its words; the apparatus says "lac." where the lacuna
     * begins and "end of lac." where it ends, and no entry names it as omitting the lost words.
     */
    @Property(tries = 60)
    void aWitnessInALacunaHasNoneOfTheLostWordsAndOmitsNothing(@ForAll @IntRange(min = 3, max = 6) int witnesses,
                                                             @ForAll @IntRange(min = 12, max = 60) int length,
                                                             @ForAll long seed) throws Exception {
        Random random = new Random(seed);
        List<String> base = words(length);
        Map<String, List<String>> texts = new LinkedHashMap<>();
        texts.put("W1", base);
        for (int w = 2; w < witnesses; w++) {
            texts.put("W" + w, changed(base, random, random.nextInt(3)));
        }
        int from = random.nextInt(length - 2);
        int to = from + 1 + random.nextInt(length - from - 1);
        List<String> lacunose = new ArrayList<>(base.subList(0, from));
        lacunose.add("#LACUNA#");
        lacunose.addAll(base.subList(to, length));
        texts.put("L", lacunose);
        Path folder = Files.createTempDirectory("sigla-collation-");
        Edition edition = collate(folder, texts, "W1");
        assertEquals(List.of(), Editions.sigla().validator().check(edition).problems(), "the collation is a valid edition");
        for (Map.Entry<String, List<String>> witness : texts.entrySet()) {
            Path out = Files.createDirectories(folder.resolve("out-" + witness.getKey()));
            Editions.sigla().views().render(View.TEXT, edition, out, Map.of("witness", witness.getKey()));
            List<String> expected = witness.getValue().stream().filter(word -> !word.equals("#LACUNA#")).toList();
            assertEquals(expected, bodyWords(Files.readString(out.resolve("text.txt"))), witness.getKey() + " of " + texts);
        }
        Editions.sigla().views().render(View.APPARATUS_TEXT, edition, folder, Map.of());
        List<String> entries = Files.readAllLines(folder.resolve("apparatus.txt")).stream().filter(line -> line.matches("\\d+ .*\\].*")).toList();
        assertTrue(entries.stream().anyMatch(line -> line.matches(".*\\] lac\\. (\\S+ )*L( .*)?")), "the lacuna begins: " + entries);
        if (to < length) {
            assertTrue(entries.stream().anyMatch(line -> line.matches(".*\\] end of lac\\. (\\S+ )*L( .*)?")), "the lacuna ends: " + entries);
        }
        assertTrue(entries.stream().noneMatch(line -> line.matches(".*om\\. (\\S+ )*L( .*)?")), "L omits nothing: " + entries);
    }

    /** A text of distinct words. */
    private static List<String> words(int length) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            words.add(word(i));
        }
        return words;
    }

    /** A word of letters made from a number (the editorial rules take a digit in a word for debris). */
    private static String word(int number) {
        StringBuilder word = new StringBuilder();
        int n = number;
        do {
            word.append((char) ('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return "w" + word;
    }

    private static Edition collate(Path folder, Map<String, List<String>> texts, String base) throws Exception {
        return collate(folder, texts, base, null);
    }

    /** @param parted a witness whose text is written in two paragraphs */
    private static Edition collate(Path folder, Map<String, List<String>> texts, String base, String parted) throws Exception {
        List<Collator.Source> sources = new ArrayList<>();
        for (Map.Entry<String, List<String>> text : texts.entrySet()) {
            List<String> words = text.getValue();
            String written = text.getKey().equals(parted) && words.size() > 2
                    ? String.join(" ", words.subList(0, words.size() / 2)) + "\n\n" + String.join(" ", words.subList(words.size() / 2, words.size()))
                    : String.join(" ", words);
            Path file = Files.writeString(folder.resolve(text.getKey() + ".txt"), written);
            sources.add(new Collator.Source(text.getKey(), file));
        }
        String tei = new Collator(Editions.sigla()).collate(sources, new Collator.Options(base, new Regularization(), "en"));
        return Editions.sigla().read(Files.writeString(folder.resolve("collated.xml"), tei));
    }

    /** A copy of a text with changes anywhere: a word inserted, left out or changed, or two neighbours swapped. */
    private static List<String> changed(List<String> base, Random random, int changes) {
        List<String> text = new ArrayList<>(base);
        for (int change = 0; change < changes; change++) {
            int at = random.nextInt(text.size() + 1);
            int kind = random.nextInt(4);
            String fresh = "new" + word(random.nextInt(1000));
            if (at >= text.size()) {
                text.add(fresh);
            } else if (kind == 0) {
                text.add(at, fresh);
            } else if (kind == 1 && text.size() > 1) {
                text.remove(at);
            } else if (kind == 2) {
                text.set(at, fresh);
            } else if (at + 1 < text.size()) {
                String word = text.get(at);
                text.set(at, text.get(at + 1));
                text.set(at + 1, word);
            }
        }
        return text;
    }

    /** The words of the text view after its title block. */
    private static List<String> bodyWords(String text) {
        String body = text.substring(text.indexOf("\n\n") + 2).strip();
        return body.isEmpty() ? List.of() : Arrays.asList(body.split("\\s+"));
    }
}
