package org.ltsports.ports.unpack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.ltsports.ports.Trees;

/**
 * A temporary directory beside the destination, on the same file system so the finished tree
 * can be renamed into place at once. Closing it removes whatever is still in it.
 */
final class StagingDir implements AutoCloseable {
    private final Path dir;

    private StagingDir(Path dir) {
        this.dir = dir;
    }

    static StagingDir beside(Path destDir) throws IOException {
        Path parent = destDir.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        return new StagingDir(Files.createTempDirectory(parent, "." + destDir.getFileName() + ".unpack-"));
    }

    Path path() {
        return dir;
    }

    /** Renames {@code tree} (this directory or one inside it) to {@code destDir}, which is absent or empty. */
    void moveInto(Path tree, Path destDir) throws IOException {
        Files.move(tree, destDir, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() throws IOException {
        try {
            Trees.delete(dir);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
