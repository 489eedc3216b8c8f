package org.ltsports.base.plan;

import java.util.List;

/**
 * How one component differs between two releases. A component only in the new release has a null
 * {@code oldVersion}; one only in the old release a null {@code newVersion}.
 *
 * @param sonamesRemoved libraries it no longer provides (a SONAME bump shows as one removed, one added)
 * @param symbolsRemoved exports ({@code name@VER}) none of its libraries offers any more
 * @param sizesChanged   data objects whose size changed ({@code counter@LIB_1.0: 4 -> 8 bytes})
 * @param oldTag         its ABI tag before, null when none
 */
public record ComponentDiff(String name, String oldVersion, String newVersion, List<String> sonamesRemoved,
                            List<String> sonamesAdded, List<String> symbolsRemoved, List<String> symbolsAdded,
                            List<String> sizesChanged, String oldTag, String newTag) {

    public ComponentDiff {
        sonamesRemoved = List.copyOf(sonamesRemoved);
        sonamesAdded = List.copyOf(sonamesAdded);
        symbolsRemoved = List.copyOf(symbolsRemoved);
        symbolsAdded = List.copyOf(symbolsAdded);
        sizesChanged = List.copyOf(sizesChanged);
    }

    /** True when its ABI tag differs: a change ELF cannot show, set by hand on the release. */
    public boolean tagChanged() {
        return !java.util.Objects.equals(oldTag, newTag);
    }
}
