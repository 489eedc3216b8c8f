package org.ltsports.ports.bottle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** How a regular file in a keg is relocated: as text, as an ELF file, or as other binary data. */
enum FileKind {
    TEXT, ELF, BINARY;

    /** Bytes looked at: a file with no NUL among its first 8 KiB is text, as in Homebrew and git. */
    static final int HEAD = 8 * 1024;

    static FileKind of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        if (head.length >= 4 && head[0] == 0x7f && head[1] == 'E' && head[2] == 'L' && head[3] == 'F') {
            return ELF;
        }
        for (byte b : head) {
            if (b == 0) {
                return BINARY;
            }
        }
        return TEXT;
    }
}
