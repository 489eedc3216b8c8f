package org.ltsports.it;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** A .tar.gz written entry by entry, so a test can put in it what GNU tar would not: the hostile archives. */
final class Tarball {

    private record Entry(String name, byte type, int mode, String link, byte[] content) {
    }

    private final List<Entry> entries = new ArrayList<>();

    Tarball file(String name, String content, int mode) {
        entries.add(new Entry(name, TarConstants.LF_NORMAL, mode, null, content.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    Tarball symlink(String name, String target) {
        entries.add(new Entry(name, TarConstants.LF_SYMLINK, 0777, target, new byte[0]));
        return this;
    }

    Tarball hardlink(String name, String target) {
        entries.add(new Entry(name, TarConstants.LF_LINK, 0644, target, new byte[0]));
        return this;
    }

    Tarball characterDevice(String name) {
        entries.add(new Entry(name, TarConstants.LF_CHR, 0644, null, new byte[0]));
        return this;
    }

    Path write(Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Entry e : entries) {
                TarArchiveEntry entry = new TarArchiveEntry(e.name(), e.type(), true);
                entry.setMode(e.mode());
                if (e.link() != null) {
                    entry.setLinkName(e.link());
                }
                entry.setSize(e.content().length);
                tar.putArchiveEntry(entry);
                tar.write(e.content());
                tar.closeArchiveEntry();
            }
        }
        return file;
    }
}
