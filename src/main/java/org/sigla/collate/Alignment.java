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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * CollateX's alignment of the witnesses, read as places: stretches where every witness reads
 * the same words, written alike, and places of variation, each with every witness's reading
 * (empty where it has none). Witnesses with as many blocks each are aligned block by block
 * (the blocks are anchors they agree on, which also keeps the alignment's cost down);
 * otherwise their words are aligned as one text.
 */
final class Alignment {

    /** A place of the collated text. */
    sealed interface Place permits Agreement, Variation { }

    /**
     * Words every witness has, written alike: a column of tokens per word, one token per
     * witness in the witnesses' order (the first stands for all; the others keep their breaks).
     */
    record Agreement(List<List<Token>> columns) implements Place { }

    /** Each witness's reading, by siglum, in the witnesses' order; {@code transposed}: CollateX found words moved here. */
    record Variation(Map<String, List<Token>> readings, boolean transposed) implements Place { }

    private Alignment() {}

    /** The collated text, a list of places per block. */
    static List<List<Place>> of(List<WitnessText> witnesses, Regularization regularization) {
        boolean byBlock = witnesses.stream().map(w -> w.blocks().size()).distinct().count() == 1;
        List<List<Place>> blocks = new ArrayList<>();
        if (byBlock) {
            for (int b = 0; b < witnesses.get(0).blocks().size(); b++) {
                int block = b;
                blocks.add(align(witnesses.stream().map(w -> w.blocks().get(block)).toList(), witnesses, regularization));
            }
        } else {
            List<List<Token>> texts = witnesses.stream().map(w -> w.blocks().stream().flatMap(List::stream).toList()).toList();
            List<Place> places = new ArrayList<>();
            for (List<List<Token>> chunk : Anchors.chunks(texts, regularization)) {
                join(places, align(chunk, witnesses, regularization));
            }
            blocks.add(places);
        }
        return blocks;
    }

    /** Places of one chunk after those of the chunk before: two agreements that meet become one. */
    private static void join(List<Place> places, List<Place> more) {
        for (Place place : more) {
            if (!places.isEmpty() && places.get(places.size() - 1) instanceof Agreement before && place instanceof Agreement after) {
                List<List<Token>> columns = new ArrayList<>(before.columns());
                columns.addAll(after.columns());
                places.set(places.size() - 1, new Agreement(columns));
            } else if (!places.isEmpty() && places.get(places.size() - 1) instanceof Variation before && place instanceof Variation after) {
                Map<String, List<Token>> readings = new LinkedHashMap<>();
                before.readings().forEach((siglum, tokens) -> {
                    List<Token> joined = new ArrayList<>(tokens);
                    joined.addAll(after.readings().get(siglum));
                    readings.put(siglum, joined);
                });
                places.set(places.size() - 1, new Variation(readings, before.transposed() || after.transposed()));
            } else {
                places.add(place);
            }
        }
    }

    private static List<Place> align(List<List<Token>> texts, List<WitnessText> witnesses, Regularization regularization) {
        Map<SimpleToken, Token> ours = new IdentityHashMap<>();
        List<SimpleWitness> theirs = new ArrayList<>();
        Map<Witness, String> sigla = new LinkedHashMap<>();
        for (int w = 0; w < witnesses.size(); w++) {
            SimpleWitness witness = new SimpleWitness(witnesses.get(w).siglum());
            List<eu.interedition.collatex.Token> tokens = new ArrayList<>();
            for (Token token : texts.get(w)) {
                SimpleToken simple = new SimpleToken(witness, token.text(), regularization.normal(token.text()));
                ours.put(simple, token);
                tokens.add(simple);
            }
            witness.setTokens(tokens);
            theirs.add(witness);
            sigla.put(witness, witnesses.get(w).siglum());
        }
        VariantGraph graph = new VariantGraph();
        DekkerAlgorithm dekker = new DekkerAlgorithm(new EqualityTokenComparator());
        // Words moved from one place to another are found as such (a transposition), not as an omission and an addition.
        dekker.setMergeTranspositions(true);
        dekker.collate(graph, theirs);
        Set<Token> moved = new HashSet<>();
        for (Set<VariantGraph.Vertex> transposition : graph.transpositions()) {
            for (VariantGraph.Vertex vertex : transposition) {
                vertex.tokens().forEach(token -> moved.add(ours.get((SimpleToken) token)));
            }
        }

        List<Place> places = new ArrayList<>();
        Map<String, List<Token>> open = null;
        boolean openMoved = false;
        for (SortedMap<Witness, Set<eu.interedition.collatex.Token>> rank : VariantGraphRanking.of(graph).asTable()) {
            Map<String, List<Token>> column = new LinkedHashMap<>();
            for (SimpleWitness witness : theirs) {
                List<Token> tokens = new ArrayList<>();
                for (eu.interedition.collatex.Token token : rank.getOrDefault(witness, Set.of())) {
                    tokens.add(ours.get((SimpleToken) token));
                }
                column.put(sigla.get(witness), tokens);
            }
            if (agree(column)) {
                if (open != null) {
                    places.add(new Variation(open, openMoved));
                    open = null;
                    openMoved = false;
                }
                List<Token> word = column.values().stream().map(tokens -> tokens.get(0)).toList();
                if (!places.isEmpty() && places.get(places.size() - 1) instanceof Agreement agreement) {
                    List<List<Token>> longer = new ArrayList<>(agreement.columns());
                    longer.add(word);
                    places.set(places.size() - 1, new Agreement(longer));
                } else {
                    places.add(new Agreement(List.of(word)));
                }
            } else {
                if (open == null) {
                    open = new LinkedHashMap<>();
                    for (String siglum : column.keySet()) {
                        open.put(siglum, new ArrayList<>());
                    }
                }
                for (Map.Entry<String, List<Token>> reading : column.entrySet()) {
                    open.get(reading.getKey()).addAll(reading.getValue());
                    openMoved |= reading.getValue().stream().anyMatch(moved::contains);
                }
            }
        }
        if (open != null) {
            places.add(new Variation(open, openMoved));
        }
        return places;
    }

    /** Whether every witness has one word here, written alike (the same letters, case and punctuation). */
    private static boolean agree(Map<String, List<Token>> column) {
        String first = null;
        for (List<Token> tokens : column.values()) {
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
