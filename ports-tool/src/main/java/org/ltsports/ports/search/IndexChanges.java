package org.ltsports.ports.search;

/** What one refresh of the search index did: recipe files indexed anew, indexed again, forgotten. */
public record IndexChanges(int added, int changed, int removed) {

    public boolean any() {
        return added + changed + removed > 0;
    }
}
