package org.ltsports.ports.bottle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ltsports.ports.PortsException;

/** Symlinks in a keg as a bottle holds them: relative, and never leading out of the keg. */
final class KegLinks {

    private KegLinks() {
    }

    /**
     * The target of {@code link} as stored in the bottle: a relative target as it is, an absolute
     * one into the keg made relative.
     *
     * @throws PortsException failed when the link leads out of the keg, which no other prefix would have
     */
    static String targetInside(Path keg, Path link) throws IOException {
        Path target = Files.readSymbolicLink(link);
        Path resolved = link.getParent().resolve(target).normalize();
        if (!resolved.startsWith(keg)) {
            throw PortsException.failed("cannot bottle: " + keg.relativize(link) + " is a symlink to " + target
                    + ", outside the keg; a bottle can only hold links within the keg");
        }
        return target.isAbsolute() ? link.getParent().relativize(resolved).toString() : target.toString();
    }
}
