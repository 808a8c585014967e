package org.sigla.validate;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The names an editor most likely meant: the same name in another case first, else the
 * nearest by edit distance (a letter dropped, added, changed or two swapped), at most three.
 */
final class Suggestions {

    static final int MOST = 3;

    private Suggestions() {}

    static List<String> nearest(String given, Collection<String> candidates) {
        List<String> sameButCase = candidates.stream().filter(c -> c.equalsIgnoreCase(given) && !c.equals(given)).distinct().sorted().toList();
        if (!sameButCase.isEmpty()) {
            return sameButCase.subList(0, Math.min(MOST, sameButCase.size()));
        }
        // A short name allows fewer slips: "p" is near every one-letter name, which is no help.
        int allowed = given.length() <= 3 ? 1 : given.length() <= 6 ? 2 : 3;
        List<Scored> near = candidates.stream().distinct()
                .filter(c -> !c.equals(given))
                .map(c -> new Scored(c, distance(given.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT))))
                .filter(s -> s.distance <= allowed)
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .toList();
        // Only the nearest: a name one slip away makes those three slips away noise.
        return near.stream().filter(s -> s.distance == near.get(0).distance).limit(MOST).map(Scored::name).toList();
    }

    /** The candidates ordered by likeness to the given name: what a short message names first. */
    static List<String> likeliest(String given, Collection<String> candidates, int count) {
        String lower = given.toLowerCase(Locale.ROOT);
        return candidates.stream().distinct()
                .sorted(Comparator.comparingInt((String c) -> distance(lower, c.toLowerCase(Locale.ROOT))).thenComparing(c -> c))
                .limit(count).toList();
    }

    private record Scored(String name, int distance) { }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
