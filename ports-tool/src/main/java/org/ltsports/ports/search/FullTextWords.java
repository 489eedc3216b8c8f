package org.ltsports.ports.search;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A query as an FTS5 expression: each word of letters and digits as a quoted prefix term, all of
 * them required ({@code lib greet} becomes {@code "lib"* "greet"*}). Everything else separates
 * words, as it does for the unicode61 tokenizer that built the index, so no input is FTS5 syntax.
 */
final class FullTextWords {

    private FullTextWords() {
    }

    /** The expression, or an empty string when the query holds no word. */
    static String of(String query) {
        return Arrays.stream(query.split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isEmpty())
                .map(word -> "\"" + word + "\"*")
                .collect(Collectors.joining(" "));
    }
}
