package org.ltsports.prefix.link;

import java.util.List;
import org.ltsports.prefix.Keg;

/**
 * What unlinking {@code keg} would remove: the farm links pointing into it and the directories
 * that would be left empty (children before parents). Paths are relative to the prefix root.
 */
public record UnlinkPlan(Keg keg, List<String> links, List<String> directories) {
    public UnlinkPlan {
        links = List.copyOf(links);
        directories = List.copyOf(directories);
    }

    public boolean isEmpty() {
        return links.isEmpty() && directories.isEmpty();
    }
}
