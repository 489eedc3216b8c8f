package org.ltsports.ports.bottle;

import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.ltsports.ports.PortsException;

/**
 * One bottle as a bottle root's {@code index.json} lists it: what it is (name, version directory,
 * release, architecture), where it is ({@code file}, relative to the root; the sidecar is
 * {@code file + ".json"}), the sha256 of both, the ABI tags it was built against, and what
 * {@link BottleMatch} needs to know before downloading it: the prefix and LTS root it was built
 * in and whether binaries in it have those paths compiled in.
 */
public record BottleEntry(String name, String versionDir, String release, String arch, String file,
                          String sha256, String sidecarSha256, SortedMap<String, String> abiTags,
                          String prefix, boolean prefixEmbedded, String ltsRoot, boolean ltsRootEmbedded) {

    public BottleEntry {
        abiTags = Collections.unmodifiableSortedMap(abiTags == null ? new TreeMap<>() : new TreeMap<>(abiTags));
        BottleName bottleName = new BottleName(name, versionDir, release, arch);
        if (!bottleName.fileName().equals(file)) {
            throw PortsException.integrity("a bottle index entry for " + bottleName + " names the file '" + file + "'");
        }
        if (sha256 == null || sidecarSha256 == null || prefix == null || ltsRoot == null) {
            throw PortsException.integrity("the bottle index entry for " + file + " lacks a sha256, prefix or LTS root");
        }
    }

    /** The entry for a bottle whose sidecar has the given sha256. */
    static BottleEntry of(BottleSidecar sidecar, String sidecarSha256) {
        return new BottleEntry(sidecar.name(), sidecar.versionDir(), sidecar.release(), sidecar.arch(),
                sidecar.bottleName().fileName(), sidecar.sha256(), sidecarSha256, sidecar.abiTags(),
                sidecar.prefix(), !sidecar.embedded(Relocation.Root.PREFIX).isEmpty(),
                sidecar.ltsRoot(), !sidecar.embedded(Relocation.Root.LTS_ROOT).isEmpty());
    }

    public BottleName bottleName() {
        return new BottleName(name, versionDir, release, arch);
    }

    public String sidecarFile() {
        return file + BottleName.SIDECAR_SUFFIX;
    }
}
