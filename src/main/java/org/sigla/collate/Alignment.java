package org.sigla.collate;

import eu.interedition.collatex.VariantGraph;
import eu.interedition.collatex.Witness;
import eu.interedition.collatex.dekker.DekkerAlgorithm;
import eu.interedition.collatex.matching.EqualityTokenComparator;
import eu.interedition.collatex.simple.SimpleToken;
import eu.interedition.collatex.simple.SimpleWitness;
import eu.interedition.collatex.util.VariantGraphRanking;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;

/**
 * CollateX's alignment of the witnesses, read as places: words every extant witness reads
 * alike, places of variation that hold only the words where the witnesses part, and the
 * edges of each witness's lacunae. Witnesses with as many blocks each are aligned block by
 * block (the blocks are anchors they agree on, which also keeps the alignment's cost down);
 * otherwise their words are aligned as one text.
 *
 * <p>Each rank of CollateX's variant graph is one column. Neighbouring columns of variation are
 * one place only where the same witnesses go the same ways on both (the witnesses fall into the
 * same groups): "the Fox," against "the fox" is one variant, but a place where B alone differs
 * does not swallow the next place where C alone does. With many witnesses, nearly every column
 * has some witness that differs, so a rule that joined every run of such columns would turn the
 * whole text into one place.
 */
final class Alignment {

    /** A place of the collated text. */
    sealed interface Place permits Agreement, Variation, Lacuna { }

    /**
     * Words every extant witness has, written alike: a column of tokens per word, one token per
     * witness in the witnesses' order, null for a witness that is not extant there.
     */
    record Agreement(List<List<Token>> columns) implements Place {

        /** The word of a column, as every extant witness writes it. */
        static Token word(List<Token> column) {
            return column.stream().filter(Objects::nonNull).findFirst().orElseThrow();
        }
    }

    /**
     * Each witness's reading, by siglum, in the witnesses' order; absent from the map where the
     * witness is not extant. {@code transposed}: CollateX found words moved here.
     */
    record Variation(Map<String, List<Token>> readings, boolean transposed) implements Place { }

    /** Where the text of these witnesses breaks off ({@code start}) or resumes. */
    record Lacuna(List<String> sigla, boolean start) implements Place { }

    private Alignment() {}

    /** The collated text, a list of places per block. */
    static List<List<Place>> of(List<WitnessText> witnesses, Regularization regularization) {
        boolean byBlock = witnesses.stream().map(w -> w.blocks().size()).distinct().count() == 1;
        List<List<Place>> blocks = new ArrayList<>();
        Extant extant = new Extant(witnesses);
        if (byBlock) {
            for (int b = 0; b < witnesses.get(0).blocks().size(); b++) {
                int block = b;
                List<Place> places = new ArrayList<>();
                for (Column column : columns(witnesses.stream().map(w -> w.blocks().get(block)).toList(), witnesses, regularization, extant)) {
                    add(places, column, extant);
                }
                blocks.add(places);
            }
        } else {
            List<List<Token>> texts = witnesses.stream().map(w -> w.blocks().stream().flatMap(List::stream).toList()).toList();
            List<Place> places = new ArrayList<>();
            for (List<List<Token>> chunk : Anchors.chunks(texts, regularization)) {
                for (Column column : columns(chunk, witnesses, regularization, extant)) {
                    add(places, column, extant);
                }
            }
            blocks.add(places);
        }
        return blocks;
    }

    /**
     * One rank of the alignment: each extant witness's tokens there (none, where it omits),
     * by siglum; a witness in a lacuna is left out.
     */
    private record Column(Map<String, List<Token>> readings, boolean moved) {

        /** Whether every extant witness has one word here, written alike (the same letters, case and punctuation). */
        boolean agrees() {
            String first = null;
            for (List<Token> tokens : readings.values()) {
                if (tokens.size() != 1) {
                    return false;
                }
                String text = tokens.get(0).text();
                if (first == null) {
                    first = text;
                } else if (!first.equals(text)) {
                    return false;
                }
            }
            return first != null;
        }
    }

    /** The groups of witnesses that read alike in a reading map: the partition two columns must share to be one place. */
    private static Set<Set<String>> groups(Map<String, List<Token>> readings) {
        Map<List<String>, Set<String>> groups = new LinkedHashMap<>();
        readings.forEach((siglum, tokens) -> groups.computeIfAbsent(tokens.stream().map(Token::text).toList(), k -> new HashSet<>()).add(siglum));
        return new HashSet<>(groups.values());
    }

    /** A column after the places before it: an agreement grows, a variation grows where the same witnesses go the same ways. */
    private static void add(List<Place> places, Column column, Extant extant) {
        extant.edges(places, column.readings().keySet());
        Place last = places.isEmpty() ? null : places.get(places.size() - 1);
        if (column.agrees()) {
            List<Token> word = extant.sigla.stream().map(siglum -> column.readings().containsKey(siglum) ? column.readings().get(siglum).get(0) : null).toList();
            if (last instanceof Agreement agreement) {
                List<List<Token>> longer = new ArrayList<>(agreement.columns());
                longer.add(word);
                places.set(places.size() - 1, new Agreement(longer));
            } else {
                places.add(new Agreement(List.of(word)));
            }
        } else if (last instanceof Variation before && before.transposed() == column.moved()
                && before.readings().keySet().equals(column.readings().keySet()) && groups(before.readings()).equals(groups(column.readings()))) {
            Map<String, List<Token>> readings = new LinkedHashMap<>();
            before.readings().forEach((siglum, tokens) -> {
                List<Token> joined = new ArrayList<>(tokens);
                joined.addAll(column.readings().get(siglum));
                readings.put(siglum, joined);
            });
            places.set(places.size() - 1, new Variation(readings, before.transposed()));
        } else {
            places.add(new Variation(new LinkedHashMap<>(column.readings()), column.moved()));
        }
    }

    /**
     * Which witnesses are extant, column by column. A witness marks a lacuna with a lacuna token
     * (see {@link Token#lacuna()}): it is not extant from the word before the mark to the word
     * after it, however many words the other witnesses have there; a mark at its start or end
     * runs to the start or end of the text. The state runs on from one stretch or block to the next.
     */
    private static final class Extant {
        private final List<String> sigla;
        private final Set<String> missing = new LinkedHashSet<>();
        /** Witnesses whose lacuna begins or ends at the next column (their mark was met), by siglum. */
        private final Set<String> broken = new HashSet<>();

        Extant(List<WitnessText> witnesses) {
            sigla = witnesses.stream().map(WitnessText::siglum).toList();
        }

        /** Writes the edges of lacunae that fall before a column whose extant witnesses are these. */
        void edges(List<Place> places, Set<String> present) {
            List<String> starting = new ArrayList<>();
            List<String> ending = new ArrayList<>();
            for (String siglum : sigla) {
                boolean now = present.contains(siglum);
                if (now && missing.remove(siglum)) {
                    ending.add(siglum);
                } else if (!now && !missing.contains(siglum)) {
                    missing.add(siglum);
                    starting.add(siglum);
                }
            }
            if (!ending.isEmpty()) {
                places.add(new Lacuna(ending, false));
            }
            if (!starting.isEmpty()) {
                places.add(new Lacuna(starting, true));
            }
        }
    }

    /**
     * The columns of CollateX's ranking for a stretch: in each, the tokens of each witness that
     * is extant there. The lacuna marks are not collated: they only say where a witness is absent.
     */
    private static List<Column> columns(List<List<Token>> texts, List<WitnessText> witnesses, Regularization regularization, Extant extant) {
        Map<SimpleToken, Token> ours = new IdentityHashMap<>();
        List<SimpleWitness> theirs = new ArrayList<>();
        Map<Witness, String> sigla = new LinkedHashMap<>();
        // Per witness: after how many of its words each lacuna mark stands.
        Map<String, List<Integer>> marks = new LinkedHashMap<>();
        for (int w = 0; w < witnesses.size(); w++) {
            String siglum = witnesses.get(w).siglum();
            SimpleWitness witness = new SimpleWitness(siglum);
            List<eu.interedition.collatex.Token> tokens = new ArrayList<>();
            List<Integer> at = new ArrayList<>();
            if (extant.broken.remove(siglum)) {
                at.add(0);
            }
            for (Token token : texts.get(w)) {
                if (token.lacuna()) {
                    at.add(tokens.size());
                    continue;
                }
                SimpleToken simple = new SimpleToken(witness, token.text(), regularization.normal(token.text()));
                ours.put(simple, token);
                tokens.add(simple);
            }
            if (!at.isEmpty() && at.get(at.size() - 1) == tokens.size()) {
                // A lacuna still open at the end of the stretch runs on into the next.
                extant.broken.add(siglum);
            }
            witness.setTokens(tokens);
            theirs.add(witness);
            sigla.put(witness, siglum);
            marks.put(siglum, at);
        }
        List<SortedMap<Witness, Set<eu.interedition.collatex.Token>>> table = List.of();
        Set<Token> moved = new HashSet<>();
        if (theirs.stream().anyMatch(w -> w.getTokens().size() > 0)) {
            VariantGraph graph = new VariantGraph();
            DekkerAlgorithm dekker = new DekkerAlgorithm(new EqualityTokenComparator());
            // Words moved from one place to another are found as such (a transposition), not as an omission and an addition.
            dekker.setMergeTranspositions(true);
            dekker.collate(graph, theirs);
            for (Set<VariantGraph.Vertex> transposition : graph.transpositions()) {
                for (VariantGraph.Vertex vertex : transposition) {
                    vertex.tokens().forEach(token -> moved.add(ours.get((SimpleToken) token)));
                }
            }
            table = VariantGraphRanking.of(graph).asTable();
        }

        // The rank of each witness's words, to place its lacunae between them.
        Map<String, List<Integer>> ranks = new LinkedHashMap<>();
        for (SimpleWitness witness : theirs) {
            ranks.put(sigla.get(witness), new ArrayList<>());
        }
        for (int r = 0; r < table.size(); r++) {
            for (Map.Entry<Witness, Set<eu.interedition.collatex.Token>> cell : table.get(r).entrySet()) {
                for (int k = 0; k < cell.getValue().size(); k++) {
                    ranks.get(sigla.get(cell.getKey())).add(r);
                }
            }
        }
        List<Column> columns = new ArrayList<>();
        for (int r = 0; r < table.size(); r++) {
            SortedMap<Witness, Set<eu.interedition.collatex.Token>> rank = table.get(r);
            Map<String, List<Token>> readings = new LinkedHashMap<>();
            boolean anyMoved = false;
            for (SimpleWitness witness : theirs) {
                String siglum = sigla.get(witness);
                Set<eu.interedition.collatex.Token> cell = rank.getOrDefault(witness, Set.of());
                if (cell.isEmpty() && inLacuna(r, marks.get(siglum), ranks.get(siglum), table.size())) {
                    continue;
                }
                List<Token> tokens = new ArrayList<>();
                for (eu.interedition.collatex.Token token : cell) {
                    Token own = ours.get((SimpleToken) token);
                    tokens.add(own);
                    anyMoved |= moved.contains(own);
                }
                readings.put(siglum, tokens);
            }
            columns.add(new Column(readings, anyMoved));
        }
        return columns;
    }

    /** Whether rank r falls in one of a witness's lacunae: between the ranks of the words on either side of a mark. */
    private static boolean inLacuna(int r, List<Integer> marks, List<Integer> ranks, int size) {
        for (int after : marks) {
            int from = after == 0 ? -1 : ranks.get(after - 1);
            int to = after == ranks.size() ? size : ranks.get(after);
            if (r > from && r < to) {
                return true;
            }
        }
        return false;
    }
}
