package org.ltsports.ports.recipe;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Names close to a mistyped one, by edit distance (insertions, deletions, substitutions and
 * swaps of neighbours each count one), for "did you mean" hints.
 */
final class CloseNames {
    private CloseNames() {
    }

    /** Up to {@code limit} candidates close to {@code word}, closest first, ties by name. */
    static List<String> closest(String word, Collection<String> candidates, int limit) {
        int allowed = word.length() <= 3 ? 1 : word.length() <= 6 ? 2 : 3;
        record Scored(String name, int distance) {
        }
        return candidates.stream()
                .filter(candidate -> !candidate.equals(word))
                .map(candidate -> new Scored(candidate, distance(word, candidate)))
                .filter(scored -> scored.distance() <= allowed)
                .sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::name))
                .limit(limit)
                .map(Scored::name)
                .toList();
    }

    /** Optimal string alignment distance between two strings. */
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
