package org.ltsports.base.store;

import java.util.List;

/**
 * What an adoption did.
 *
 * @param generation the release's current generation afterwards
 * @param treeHash   the tree hash (files, links and ABI tags)
 * @param changed    false when the tree was identical to the current generation: nothing was done
 * @param skipped    entries left out of the store (devices, sockets, unreadable files), with why
 */
public record AdoptResult(Generation generation, String treeHash, boolean changed, List<String> skipped) {

    public AdoptResult {
        skipped = List.copyOf(skipped);
    }
}
