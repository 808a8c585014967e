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
    }
}
