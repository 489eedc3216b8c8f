package org.ltsports.prefix;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Replaces a file or a symlink in one rename, so readers see the old or the new one, never half. */
final class AtomicFiles {
    private AtomicFiles() {
    }

    static void writeString(Path file, String text) throws IOException {
        Path temp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
        try {
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            moveOver(temp, file);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Makes or replaces the symlink {@code link -> target} via a temporary link and a rename. */
    static void symlink(Path link, Path target) throws IOException {
        Path temp = link.resolveSibling("." + link.getFileName() + ".tmp-" + ProcessHandle.current().pid()
                + "-" + System.nanoTime());
        Files.createSymbolicLink(temp, target);
        try {
            moveOver(temp, link);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void moveOver(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("cannot replace " + target + " atomically on this file system", e);
        }
    }
}
