package org.ltsports.ports.bottle;

import java.nio.file.Path;

/** A bottle on this machine: the tarball, its sidecar file, and what the sidecar says. */
public record LocalBottle(Path tarball, Path sidecarFile, BottleSidecar sidecar) {
}
