package org.ltsports.ports.bottle;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Where a bottle would be poured: the release the prefix pins and the current ABI tag of each of
 * its components, this machine's architecture, the prefix and the LTS root.
 */
public record PourTarget(String release, SortedMap<String, String> abiTags, String arch, Path prefix, Path ltsRoot) {

    public PourTarget {
        abiTags = Collections.unmodifiableSortedMap(new TreeMap<>(abiTags));
        prefix = prefix.toAbsolutePath().normalize();
        ltsRoot = ltsRoot.toAbsolutePath().normalize();
    }

    /** A target on this machine's architecture. */
    public static PourTarget of(String release, Map<String, String> abiTags, Path prefix, Path ltsRoot) {
        return new PourTarget(release, new TreeMap<>(abiTags), BottleName.hostArch(), prefix, ltsRoot);
    }
}
