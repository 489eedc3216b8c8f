package org.ltsports.prefix.journal;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Where steps act: the prefix root, against which every step path is resolved and which no step
 * may leave, and a scratch directory inside it for temporary files and links.
 */
public record StepContext(Path root, Path scratch) {

    public StepContext {
        root = root.toAbsolutePath().normalize();
        scratch = scratch.toAbsolutePath().normalize();
    }

    /**
     * The absolute path of a step path. A journal is read back from disk, so this refuses any
     * path that would lead outside the prefix or to the prefix root itself.
     */
    public Path resolve(String relative) throws IOException {
        Path rel = Path.of(relative);
        Path path = root.resolve(rel).normalize();
        if (rel.isAbsolute() || !path.startsWith(root) || path.equals(root)) {
            throw new IOException("a journal step names " + relative + ", which is not inside the prefix " + root);
        }
        return path;
    }

    /** The path of {@code path} relative to the root, for a step. */
    public String relative(Path path) {
        return root.relativize(path.toAbsolutePath().normalize()).toString();
    }

    /** A fresh name in the scratch directory. */
    Path temporary(String label) {
        return scratch.resolve(".step-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + "-" + label);
    }
}
