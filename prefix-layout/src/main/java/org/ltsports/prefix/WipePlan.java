package org.ltsports.prefix;

import java.nio.file.Path;

/**
 * What {@link PrefixWipe} would remove: the prefix at its real path {@code root}, holding
 * {@code files} files and links and {@code directories} directories (the root included).
 * {@code home} is kept so the wipe can check again just before it deletes.
 */
public record WipePlan(Path root, Path home, long files, long directories) {
}
