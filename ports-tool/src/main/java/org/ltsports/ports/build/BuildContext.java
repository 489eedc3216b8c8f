package org.ltsports.ports.build;

import java.nio.file.Path;
import java.util.List;

/**
 * Where a build happens and where its result goes.
 *
 * @param sourceDir the unpacked and patched source tree
 * @param kegPath   the keg's final path in the Cellar: the build's installation prefix
 * @param destDir   the staging root: {@code make install DESTDIR=<destDir>} puts the keg at
 *                  {@code <destDir>/<kegPath>}
 * @param prefixPaths installation prefixes of dependencies and of the release, for CMake and the like
 * @param jobs      parallel jobs for make
 */
public record BuildContext(Path sourceDir, Path kegPath, Path destDir, List<Path> prefixPaths, int jobs) {

    public BuildContext {
        prefixPaths = List.copyOf(prefixPaths);
    }

    public Path stagedKeg() {
        return destDir.resolve(kegPath.getRoot().relativize(kegPath));
    }
}
