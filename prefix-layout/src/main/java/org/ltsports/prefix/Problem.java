package org.ltsports.prefix;

/**
 * Something {@link PrefixDoctor} found wrong: a kind ({@code broken-link}, {@code unrecorded-keg},
 * {@code missing-keg}, {@code missing-opt-link}, {@code unfinished-journal}, {@code leftover-work}), the path concerned (relative to the prefix root)
 * and what to do about it.
 */
public record Problem(String kind, String path, String advice) {
    public static final String BROKEN_LINK = "broken-link";
    public static final String UNRECORDED_KEG = "unrecorded-keg";
    public static final String MISSING_KEG = "missing-keg";
    public static final String MISSING_OPT_LINK = "missing-opt-link";
    public static final String UNFINISHED_JOURNAL = "unfinished-journal";
    public static final String LEFTOVER_WORK = "leftover-work";
}
