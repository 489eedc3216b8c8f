package org.ltsports.ports.bottle;

import java.nio.file.Path;
import java.util.List;

/** Where a {@link BottleRoot} keeps its bottles: a directory on this machine or an HTTP server. */
interface BottleStore {

    /** The bottles listed in the root's index. */
    List<BottleEntry> entries();

    /** A local path for {@code file} of the root, which should have {@code sha256}. */
    Path get(String file, String sha256);
}
