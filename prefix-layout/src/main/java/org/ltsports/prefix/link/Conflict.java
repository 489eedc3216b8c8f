package org.ltsports.prefix.link;

import java.nio.file.Path;
import java.util.Optional;
import org.ltsports.prefix.Keg;

/**
 * Something in the way of a link: {@code path} (relative to the prefix root) already exists, at
 * {@code existing}, and is either owned by another keg ({@code owner}) or not by the prefix at all.
 */
public record Conflict(Path path, Path existing, Optional<Keg> owner) {
    public String describe() {
        return owner.map(keg -> path + " is a link belonging to keg " + keg
                        + "; unlink it first with `ports unlink " + keg.name() + "`")
                .orElseGet(() -> path + " already exists and is not owned by the prefix: " + existing);
    }
}
