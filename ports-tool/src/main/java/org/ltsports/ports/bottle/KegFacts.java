package org.ltsports.ports.bottle;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the caller knows about a keg it wants bottled: the recipe's name, version and revision,
 * the release and architecture it was built for, the prefix and LTS root it was built in, its
 * run-time dependencies, and the ABI tag of each base component it was built against
 * (component name to tag; empty until the base adapter reports them).
 */
public record KegFacts(String name, String version, int revision, String release, String arch,
                       Path prefix, Path ltsRoot, List<String> runtimeDependencies, SortedMap<String, String> abiTags) {

    public KegFacts {
        if (revision < 0) {
            throw new IllegalArgumentException("revision must not be negative: " + revision);
        }
        prefix = prefix.toAbsolutePath().normalize();
        ltsRoot = ltsRoot.toAbsolutePath().normalize();
        runtimeDependencies = List.copyOf(runtimeDependencies);
        abiTags = Collections.unmodifiableSortedMap(new TreeMap<>(abiTags));
        new BottleName(name, versionDir(version, revision), release, arch);
    }

    /** Facts for a keg built on this machine (its architecture). */
    public static KegFacts of(String name, String version, int revision, String release, Path prefix, Path ltsRoot,
                              List<String> runtimeDependencies, Map<String, String> abiTags) {
        return new KegFacts(name, version, revision, release, BottleName.hostArch(), prefix, ltsRoot,
                runtimeDependencies, new TreeMap<>(abiTags));
    }

    /** The keg directory name: the version, plus {@code _<revision>} when bumped. */
    public String versionDir() {
        return versionDir(version, revision);
    }

    public BottleName bottleName() {
        return new BottleName(name, versionDir(), release, arch);
    }

    private static String versionDir(String version, int revision) {
        return revision == 0 ? version : version + "_" + revision;
    }
}
