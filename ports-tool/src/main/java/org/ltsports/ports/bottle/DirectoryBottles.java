package org.ltsports.ports.bottle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ltsports.ports.PortsException;

/**
 * A bottle root that is a directory: its {@code index.json}, or, without one, the sidecars in it.
 * Files are used where they are; the pourer checks the tarball's sha256.
 */
final class DirectoryBottles implements BottleStore {
    private final Path dir;

    DirectoryBottles(Path dir) {
        this.dir = dir;
    }

    @Override
    public List<BottleEntry> entries() {
        if (!Files.isDirectory(dir)) {
            throw PortsException.failed("the bottle root " + dir + " is not a directory");
        }
        Path index = dir.resolve(BottleIndex.FILE);
        if (!Files.isRegularFile(index)) {
            return BottleIndex.scan(dir);
        }
        try {
            return BottleIndex.parse(Files.readString(index, StandardCharsets.UTF_8), index.toString());
        } catch (IOException e) {
            throw PortsException.failed("cannot read " + index + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Path get(String file, String sha256) {
        Path path = dir.resolve(file);
        if (!Files.isRegularFile(path)) {
            throw PortsException.failed("the bottle root " + dir + " lists " + file + " but does not have it");
        }
        return path;
    }
}
