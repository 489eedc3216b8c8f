package org.ltsports.prefix;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link PrefixWipe} would remove: the prefix at its real path {@code root}, holding
 * {@code files} files and links and {@code directories} directories (the root included).
 * {@code homes} are kept so the wipe can check again just before it deletes.
 */
public record WipePlan(Path root, List<Path> homes, long files, long directories) {
    public WipePlan {
        homes = List.copyOf(homes);
    }
}
