package org.ltsports.ports.bottle;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The one limit on where a bottle pours: a path compiled into a binary can be rewritten in place
 * only to a path that is not longer. A bottle with no such paths pours anywhere.
 */
final class EmbeddedLengths {

    private EmbeddedLengths() {
    }

    /** Why the bottle cannot pour into this prefix and LTS root, if it cannot. */
    static Optional<String> check(BottleSidecar sidecar, String newPrefix, String newLtsRoot) {
        boolean prefixEmbedded = !sidecar.embedded(Relocation.Root.PREFIX).isEmpty();
        boolean ltsRootEmbedded = !sidecar.embedded(Relocation.Root.LTS_ROOT).isEmpty();
        return check(sidecar.prefix(), prefixEmbedded, newPrefix, sidecar.ltsRoot(), ltsRootEmbedded, newLtsRoot);
    }

    static Optional<String> check(String builtPrefix, boolean prefixEmbedded, String newPrefix,
                                  String builtLtsRoot, boolean ltsRootEmbedded, String newLtsRoot) {
        if (prefixEmbedded && length(newPrefix) > length(builtPrefix)) {
            return Optional.of("built in a prefix of " + length(builtPrefix) + " characters; this prefix has "
                    + length(newPrefix) + ": build from source");
        }
        if (ltsRootEmbedded && length(newLtsRoot) > length(builtLtsRoot)) {
            return Optional.of("built with an LTS root of " + length(builtLtsRoot) + " characters; this LTS root has "
                    + length(newLtsRoot) + ": build from source");
        }
        return Optional.empty();
    }

    /** Length as the binary sees it: bytes of UTF-8. */
    private static int length(String path) {
        return path.getBytes(StandardCharsets.UTF_8).length;
    }
}
