package org.ltsports.prefix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The checks that tell a prefix from a directory that merely holds a marker: the marker must be
 * one ports wrote, the directory must not lie inside another prefix, and its top must hold only
 * what a prefix holds. A {@code .ports-prefix} planted in someone else's tree fails one of them.
 */
final class WipeRefusals {
    private WipeRefusals() {
    }

    static void refuseForeign(Path path, Path real) {
        try {
            PrefixMarker.parse(Files.readString(real.resolve(Prefix.MARKER)), real.resolve(Prefix.MARKER));
        } catch (IOException | RuntimeException e) {
            throw PrefixException.refused("Refusing to wipe " + path + ": its " + Prefix.MARKER
                    + " is not a marker ports wrote (" + e.getMessage() + ")");
        }
        for (Path above = real.getParent(); above != null; above = above.getParent()) {
            if (Prefix.isPrefix(above)) {
                throw PrefixException.refused("Refusing to wipe " + path + ": it lies inside the prefix " + above
                        + ", and a prefix is wiped whole or not at all; `ports --prefix " + above + " wipe`"
                        + " if that is what you mean");
            }
        }
        List<String> foreign;
        try (Stream<Path> entries = Files.list(real)) {
            foreign = entries.map(p -> p.getFileName().toString()).filter(n -> !Prefix.isPrefixEntry(n))
                    .sorted().limit(3).toList();
        } catch (IOException e) {
            throw new PrefixException("Could not read " + real + " to plan the wipe: " + e, e);
        }
        if (!foreign.isEmpty()) {
            throw PrefixException.refused("Refusing to wipe " + path + ": beside its marker it holds "
                    + String.join(", ", foreign) + ", which no ports prefix holds; it looks like another tree"
                    + " with a marker put into it. Remove the marker, or move those out first");
        }
    }
}
