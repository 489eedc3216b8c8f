package org.ltsports.base.store;

import java.nio.file.Path;

/**
 * One generation of a release: {@code .generations/<release>/<number>}, a link to its tree in the store.
 *
 * @param release the release
 * @param number  1 for the first adoption, counting up
 * @param tree    the tree in the store ({@code <root>/.store/<hash>-lts-<release>})
 * @param current {@code <root>/<release>} points at this generation (the newest)
 */
public record Generation(String release, int number, Path tree, boolean current) {
}
