package org.ltsports.ports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The prefix layout's tree removal ({@link org.ltsports.prefix.Trees}) for ports-tool's staging
 * and work directories, where a failure to clean up is unexpected: it is thrown unchecked.
 */
public final class Trees {

    private Trees() {
    }

    public static void delete(Path root) {
        try {
            org.ltsports.prefix.Trees.delete(root);
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + root, e);
        }
    }

    public static void deleteIfEmpty(Path dir) throws IOException {
        if (Files.isDirectory(dir) && org.ltsports.prefix.Trees.isEmpty(dir)) {
            Files.delete(dir);
        }
    }
}
