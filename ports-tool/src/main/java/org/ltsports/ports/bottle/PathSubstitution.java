package org.ltsports.ports.bottle;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Replaces paths in strings, longest first. When bottling, a path matches only where it ends:
 * {@code /tmp/a} is found in {@code /tmp/a/lib} and {@code -L/tmp/a}, not in {@code /tmp/ab}.
 * Placeholders, which nothing else contains, are replaced wherever they are.
 */
final class PathSubstitution {
    /** After a path: a character that would make it a longer name. */
    private static final String NAME_GOES_ON = "(?![A-Za-z0-9._+~-]|[^\\x00-\\x7f])";

    private final Pattern pattern;
    private final Map<String, String> replacements;
    private final boolean pathEnds;

    private PathSubstitution(Map<String, String> replacements, boolean pathEnds) {
        this.replacements = replacements;
        this.pathEnds = pathEnds;
        String alternatives = replacements.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote)
                .collect(Collectors.joining("|"));
        this.pattern = Pattern.compile("(?:" + alternatives + ")" + (pathEnds ? NAME_GOES_ON : ""));
    }

    /** Prefix and LTS root to their placeholders. */
    static PathSubstitution toPlaceholders(String prefix, String ltsRoot) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(prefix, Relocation.Root.PREFIX.placeholder());
        map.put(ltsRoot, Relocation.Root.LTS_ROOT.placeholder());
        return new PathSubstitution(map, true);
    }

    /** Placeholders to the new prefix and LTS root. */
    static PathSubstitution fromPlaceholders(String prefix, String ltsRoot) {
        Map<String, String> map = new LinkedHashMap<>();
        map.put(Relocation.Root.PREFIX.placeholder(), prefix);
        map.put(Relocation.Root.LTS_ROOT.placeholder(), ltsRoot);
        return new PathSubstitution(map, false);
    }

    /**
     * The same substitution for text held one byte per character (ISO-8859-1), so files in any
     * encoding pass through unchanged except where the UTF-8 bytes of a path occur.
     */
    PathSubstitution forBytes() {
        Map<String, String> map = new LinkedHashMap<>();
        replacements.forEach((from, to) -> map.put(bytewise(from), bytewise(to)));
        return new PathSubstitution(map, pathEnds);
    }

    /** The result of {@link #apply}: the new string and how many paths were replaced. */
    record Result(String text, int count) {
    }

    Result apply(String text) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        int count = 0;
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacements.get(matcher.group())));
            count++;
        }
        matcher.appendTail(out);
        return new Result(count == 0 ? text : out.toString(), count);
    }

    private static String bytewise(String s) {
        return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }
}
