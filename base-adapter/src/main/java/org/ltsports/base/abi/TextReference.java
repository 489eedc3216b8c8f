package org.ltsports.base.abi;

import java.util.List;

/**
 * A file of a keg that names the release it was built against.
 *
 * @param path   the file, relative to its keg
 * @param texts  each path written there ({@code /lts/1.0/share/zoneinfo})
 * @param binary the file holds NUL bytes: rewritable in place only to a path of the same length
 */
public record TextReference(String path, List<String> texts, boolean binary) {

    public TextReference {
        texts = List.copyOf(texts);
    }
}
