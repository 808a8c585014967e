package org.sigla.collate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where long witnesses may be cut into stretches that are aligned one by one: before three
 * words that every witness has once and only once, in the same order as the other such cuts.
 * CollateX's alignment costs more than the text's length grows; cut every few hundred words
 * at places all witnesses agree on, the witnesses align in a time that grows with their length,
 * and the alignment does not change, since no word can be matched across an agreed place.
 */
final class Anchors {

    /** How many words, at the least, a stretch holds. */
    static final int STRETCH = 100;
    private static final int GRAM = 3;

    private Anchors() {}

    /** The witnesses' texts cut into stretches, each a list with a text per witness. */
    static List<List<List<Token>>> chunks(List<List<Token>> texts, Regularization regularization) {
        int witnesses = texts.size();
        List<List<String>> forms = texts.stream().map(text -> text.stream().map(t -> regularization.normal(t.text())).toList()).toList();
        // Three-word phrases each witness has exactly once, with where they stand in each.
        Map<String, int[]> once = null;
        for (int w = 0; w < witnesses; w++) {
            Map<String, Integer> count = new HashMap<>();
            Map<String, Integer> where = new HashMap<>();
            List<String> words = forms.get(w);
            for (int i = 0; i + GRAM <= words.size(); i++) {
                String phrase = String.join(" ", words.subList(i, i + GRAM));
                count.merge(phrase, 1, Integer::sum);
                where.put(phrase, i);
            }
            Map<String, int[]> next = new HashMap<>();
            for (Map.Entry<String, Integer> phrase : count.entrySet()) {
                if (phrase.getValue() == 1 && (once == null || once.containsKey(phrase.getKey()))) {
                    int[] at = once == null ? new int[witnesses] : once.get(phrase.getKey());
                    at[w] = where.get(phrase.getKey());
                    next.put(phrase.getKey(), at);
                }
            }
            once = next;
        }
        List<int[]> candidates = new ArrayList<>(once.values());
        candidates.sort((a, b) -> Integer.compare(a[0], b[0]));
        // Cuts in the same order in every witness, a stretch apart in the first.
        List<int[]> cuts = new ArrayList<>();
        int[] last = new int[witnesses];
        for (int[] at : candidates) {
            if (at[0] >= last[0] + STRETCH && after(at, last)) {
                cuts.add(at);
                last = at;
            }
        }
        List<List<List<Token>>> chunks = new ArrayList<>();
        int[] from = new int[witnesses];
        for (int[] cut : cuts) {
            chunks.add(slice(texts, from, cut));
            from = cut;
        }
        chunks.add(slice(texts, from, texts.stream().mapToInt(List::size).toArray()));
        return chunks;
    }

    /** Whether a cut stands after the last one in every witness. */
    private static boolean after(int[] at, int[] last) {
        for (int w = 0; w < at.length; w++) {
            if (at[w] <= last[w]) {
                return false;
            }
        }
        return true;
    }

    private static List<List<Token>> slice(List<List<Token>> texts, int[] from, int[] to) {
        List<List<Token>> chunk = new ArrayList<>();
        for (int w = 0; w < texts.size(); w++) {
            chunk.add(texts.get(w).subList(from[w], to[w]));
        }
        return chunk;
    }
}
