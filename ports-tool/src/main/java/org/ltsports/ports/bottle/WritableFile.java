package org.ltsports.ports.bottle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.HashSet;
import java.util.Set;

/** Changes to files whose mode may be read-only: the owner may write during the change, then the mode is as before. */
final class WritableFile {

    interface Change {
        void apply() throws IOException;
    }

    private WritableFile() {
    }

    static void whileWritable(Path file, Change change) throws IOException {
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
        boolean readOnly = !mode.contains(PosixFilePermission.OWNER_WRITE);
        if (readOnly) {
            Set<PosixFilePermission> writable = new HashSet<>(mode);
            writable.add(PosixFilePermission.OWNER_WRITE);
            Files.setPosixFilePermissions(file, writable);
        }
        try {
            change.apply();
        } finally {
            if (readOnly) {
                Files.setPosixFilePermissions(file, mode);
            }
        }
    }
}
