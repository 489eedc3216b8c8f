package org.ltsports.ports.bottle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A keg file as it goes into the bottle: its content (relocated or as it was) and the relocations recorded. */
record PackedFile(Path content, byte[] data, List<Relocation> relocations) {

    static PackedFile of(Path content, List<Relocation> relocations) {
        return new PackedFile(content, null, List.copyOf(relocations));
    }

    static PackedFile of(byte[] data, List<Relocation> relocations) {
        return new PackedFile(null, data, List.copyOf(relocations));
    }

    long size() throws IOException {
        return data != null ? data.length : Files.size(content);
    }

    InputStream open() throws IOException {
        return data != null ? new ByteArrayInputStream(data) : Files.newInputStream(content);
    }
}
