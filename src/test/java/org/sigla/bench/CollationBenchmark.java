package org.sigla.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.sigla.Sigla;
import org.sigla.collate.Collator;
import org.sigla.collate.Regularization;

/**
 * How long sigla collate takes on five witnesses of 10,000 words each: once with paragraphs
 * the witnesses share (the alignment goes paragraph by paragraph), once with one paragraph
 * more in a witness (the whole text aligned at once). Run with {@code mvn -B -Pbench -DskipTests verify}.
 */
public final class CollationBenchmark {

    private static final String[] WORDS = ("the king said to his men that on that day in war and in peace it was not so and then came "
            + "a letter from the queen who wrote of the city and of the river of the fields the harvest and the winter").split(" ");

    public static void main(String[] args) throws Exception {
        Path folder = Files.createTempDirectory("sigla-collate-bench-");
        Sigla sigla = new Sigla();
        for (boolean shared : new boolean[] {true, false}) {
            Random random = new Random(42);
            List<String> base = new ArrayList<>();
            for (int i = 0; i < 10_000; i++) {
                base.add(WORDS[random.nextInt(WORDS.length)]);
            }
            List<Collator.Source> sources = new ArrayList<>();
            for (int w = 1; w <= 5; w++) {
                StringBuilder text = new StringBuilder();
                for (int i = 0; i < base.size(); i++) {
                    // About one word in fifty differs from the base in each witness.
                    String word = w > 1 && random.nextInt(50) == 0 ? "variant" + (char) ('a' + random.nextInt(26)) : base.get(i);
                    text.append(word).append(i % 100 == 99 ? "\n\n" : " ");
                }
                if (!shared && w == 5) {
                    text.append("\n\nOne paragraph more.");
                }
                sources.add(new Collator.Source("W" + w, Files.writeString(folder.resolve("w" + w + ".txt"), text)));
            }
            Collator collator = new Collator(sigla);
            collator.collate(sources.subList(0, 2), new Collator.Options(null, new Regularization(), "en"));
            long start = System.nanoTime();
            String tei = collator.collate(sources, new Collator.Options("W1", new Regularization(), "en"));
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "sigla collate, 5 witnesses of 10,000 words, %s: %.1f s, %d places of variation%n",
                    shared ? "100 paragraphs shared" : "aligned as one text", seconds, tei.split("<app", -1).length - 1);
        }
        manyWitnesses(folder, sigla);
    }

    /**
     * Thirteen witnesses of 1,000 words (a tradition the size of the French text of issue 21):
     * sigla collate against CollateX alone on the same words (split at whitespace, compared
     * without case and punctuation, ranked into a table), best of five after a warm-up each.
     */
    private static void manyWitnesses(Path folder, Sigla sigla) throws Exception {
        Random random = new Random(13);
        List<String> base = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            base.add(WORDS[random.nextInt(WORDS.length)]);
        }
        List<Collator.Source> sources = new ArrayList<>();
        List<List<String>> texts = new ArrayList<>();
        for (int w = 1; w <= 13; w++) {
            List<String> words = new ArrayList<>();
            for (String word : base) {
                int change = random.nextInt(40);
                if (w > 1 && change == 0) {
                    continue;
                }
                words.add(w > 1 && change == 1 ? "variant" + (char) ('a' + random.nextInt(26)) : word);
            }
            texts.add(words);
            sources.add(new Collator.Source("W" + w, Files.writeString(folder.resolve("m" + w + ".txt"), String.join(" ", words))));
        }
        Collator collator = new Collator(sigla);
        Regularization regularization = new Regularization();
        double ours = best(() -> collator.collate(sources, new Collator.Options("W1", regularization, "en")));
        double theirs = best(() -> {
            List<eu.interedition.collatex.simple.SimpleWitness> witnesses = new ArrayList<>();
            for (int w = 0; w < texts.size(); w++) {
                eu.interedition.collatex.simple.SimpleWitness witness = new eu.interedition.collatex.simple.SimpleWitness("W" + w);
                List<eu.interedition.collatex.Token> tokens = new ArrayList<>();
                for (String word : texts.get(w)) {
                    tokens.add(new eu.interedition.collatex.simple.SimpleToken(witness, word, word.toLowerCase(Locale.ROOT).replaceAll("\\p{P}", "")));
                }
                witness.setTokens(tokens);
                witnesses.add(witness);
            }
            eu.interedition.collatex.VariantGraph graph = new eu.interedition.collatex.VariantGraph();
            new eu.interedition.collatex.dekker.DekkerAlgorithm(new eu.interedition.collatex.matching.EqualityTokenComparator()).collate(graph, witnesses);
            return eu.interedition.collatex.util.VariantGraphRanking.of(graph).asTable();
        });
        System.out.printf(Locale.ROOT, "13 witnesses of 1,000 words: sigla collate %.2f s, CollateX alone %.2f s, ratio %.2f (target <= 2)%n",
                ours, theirs, ours / theirs);
    }

    private static double best(java.util.concurrent.Callable<?> run) throws Exception {
        run.call();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            run.call();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return best;
    }
}
