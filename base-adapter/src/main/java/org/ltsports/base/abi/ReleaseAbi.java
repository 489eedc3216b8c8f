package org.ltsports.base.abi;

import java.util.List;

/**
 * The facts of an LTS release the planner compares.
 *
 * @param name       the release ({@code 1.0})
 * @param path       its stable path ({@code /lts/1.0}), which kegs built against it name
 * @param loader     its dynamic loader's absolute path, null for an overlay release
 * @param treeHash   the manifest's tree hash, null for a release without a manifest
 * @param components its components with the interface of their libraries
 */
public record ReleaseAbi(String name, String path, String loader, String treeHash, List<ComponentAbi> components) {

    public ReleaseAbi {
        components = List.copyOf(components);
    }
}
