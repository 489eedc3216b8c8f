package org.ltsports.ports.search;

/**
 * One recipe a search found, in rank order.
 *
 * @param version  null when the recipe file does not parse
 * @param summary  null when the recipe file does not parse
 * @param homepage null when the recipe names none
 * @param match    why it was found
 */
public record SearchHit(String name, String version, String summary, String homepage, Match match) {

    /** Why a recipe was found, best first: the order of the ranking tiers. */
    public enum Match {
        /** the name is the query */
        EXACT,
        /** the name starts with the query */
        PREFIX,
        /** words of the name, summary, keywords or homepage start with the query's words (bm25 ranked) */
        TEXT,
        /** the name contains the query */
        PART,
        /** the name is a few typos away from the query */
        CLOSE
    }

    /** False when the recipe file is broken; it is still found by its name. */
    public boolean valid() {
        return version != null;
    }
}
