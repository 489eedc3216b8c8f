package org.ltsports.ports.search;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Typo tolerance for names: "pcer2" finds pcre2, "helo" finds hello. A name is close when the
 * query is a few edits (insertion, deletion, substitution, swap of neighbours) from the name or
 * from the start of the name; the whole-name distance ranks first.
 */
final class Typos {

    private record Close(String name, int best, int whole) {
    }

    private Typos() {
    }

    /** Edits a query of this length may be away from a name and still find it. */
    static int allowed(String query) {
        return query.length() <= 4 ? 1 : query.length() <= 8 ? 2 : 3;
    }

    /** Up to {@code limit} names close to {@code query}, closest first, ties by name. */
    static List<String> closest(String query, Collection<String> names, int limit) {
        int allowed = allowed(query);
        return names.stream()
                .map(name -> close(query, name))
                .filter(close -> close.best() <= allowed)
                .sorted(Comparator.comparingInt(Close::best).thenComparingInt(Close::whole).thenComparing(Close::name))
                .limit(limit)
                .map(Close::name)
                .toList();
    }

    /**
     * Optimal string alignment distances from {@code query} to the whole name and to the closest
     * start of it, from one table.
     */
    private static Close close(String query, String name) {
        int m = query.length();
        int n = name.length();
        int[][] d = new int[m + 1][n + 1];
        for (int i = 0; i <= m; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= n; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                int cost = query.charAt(i - 1) == name.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && query.charAt(i - 1) == name.charAt(j - 2) && query.charAt(i - 2) == name.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        int best = d[m][n];
        for (int j = 1; j < n; j++) {
            best = Math.min(best, d[m][j]);
        }
        return new Close(name, best, d[m][n]);
    }
}
