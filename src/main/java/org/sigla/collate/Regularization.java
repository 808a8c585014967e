package org.sigla.collate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The form a word is matched by: without case and punctuation, and through the editor's
 * table of regular forms (a letter, {@code ſ → s}, or a word, {@code vnd → und}). The
 * readings keep the words as written; only the matching reads them this way.
 */
public final class Regularization {

    private final Map<String, String> words = new LinkedHashMap<>();
    private final Map<String, String> letters = new LinkedHashMap<>();

    /** No table: case and punctuation only. */
    public Regularization() { }

    /**
     * Reads a table of tab-separated lines {@code form<TAB>regular form}; a blank line or one
     * starting with # is passed over.
     *
     * @throws CollationException with {@code file:line: message} for a line without a tab
     */
    public static Regularization read(Path table) throws IOException, CollationException {
        Regularization regularization = new Regularization();
        int number = 0;
        for (String line : Files.readAllLines(table)) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] pair = line.split("\t", -1);
            if (pair.length != 2 || pair[0].isEmpty()) {
                throw new CollationException(table + ":" + number + ": error: a line of the regularisation table is"
                        + " a form, a tab and its regular form [regularize]");
            }
            (pair[0].codePointCount(0, pair[0].length()) == 1 ? regularization.letters : regularization.words)
                    .put(pair[0], pair[1]);
        }
        return regularization;
    }

    /** The form a word is matched by. */
    String normal(String word) {
        String form = words.getOrDefault(word, word);
        for (Map.Entry<String, String> letter : letters.entrySet()) {
            form = form.replace(letter.getKey(), letter.getValue());
        }
        String bare = form.toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{S}]", "");
        String regular = words.getOrDefault(bare, bare);
        // A word of punctuation alone is matched as it is, not as the empty word.
        return regular.isEmpty() ? word : regular;
    }
}
