package org.ltsports.ports.unpack;

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
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;

/** Builds real archives for the tests, hostile ones included, with Commons Compress. */
final class TestArchive {
    private record Entry(String name, byte linkFlag, int mode, String linkTarget, byte[] content) {
    }

    private final List<Entry> entries = new ArrayList<>();

    TestArchive dir(String name) {
        entries.add(new Entry(name, TarConstants.LF_DIR, 0755, null, new byte[0]));
        return this;
    }

    TestArchive file(String name, String content, int mode) {
        return file(name, content.getBytes(StandardCharsets.UTF_8), mode);
    }

    TestArchive file(String name, byte[] content, int mode) {
        entries.add(new Entry(name, TarConstants.LF_NORMAL, mode, null, content));
        return this;
    }

    TestArchive symlink(String name, String target) {
        entries.add(new Entry(name, TarConstants.LF_SYMLINK, 0777, target, new byte[0]));
        return this;
    }

    TestArchive hardlink(String name, String target) {
        entries.add(new Entry(name, TarConstants.LF_LINK, 0644, target, new byte[0]));
        return this;
    }

    TestArchive special(String name, byte linkFlag) {
        entries.add(new Entry(name, linkFlag, 0644, null, new byte[0]));
        return this;
    }

    /** Writes a tar, compressed as the file name says (.tar.gz, .tar.xz, .tar.bz2 or .tar). */
    Path writeTar(Path file) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file);
             OutputStream compressed = compressor(file.getFileName().toString(), raw);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(compressed)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Entry e : entries) {
                TarArchiveEntry entry = new TarArchiveEntry(e.name(), e.linkFlag(), true);
                entry.setMode(e.mode());
                if (e.linkTarget() != null) {
                    entry.setLinkName(e.linkTarget());
                }
                entry.setSize(e.content().length);
                tar.putArchiveEntry(entry);
                tar.write(e.content());
                tar.closeArchiveEntry();
            }
        }
        return file;
    }

    /** Writes a zip with Unix modes; symlinks are stored the way Info-ZIP stores them. */
    Path writeZip(Path file) throws IOException {
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(file)) {
            for (Entry e : entries) {
                boolean link = e.linkFlag() == TarConstants.LF_SYMLINK;
                ZipArchiveEntry entry = new ZipArchiveEntry(e.name());
                int type = link ? 0120000 : e.linkFlag() == TarConstants.LF_DIR ? 0040000 : 0100000;
                entry.setUnixMode(type | e.mode());
                zip.putArchiveEntry(entry);
                zip.write(link ? e.linkTarget().getBytes(StandardCharsets.UTF_8) : e.content());
                zip.closeArchiveEntry();
            }
        }
        return file;
    }

    private static OutputStream compressor(String name, OutputStream raw) throws IOException {
        if (name.endsWith(".gz") || name.endsWith(".tgz")) {
            return new GzipCompressorOutputStream(raw);
        }
        if (name.endsWith(".xz")) {
            return new XZCompressorOutputStream(raw);
        }
        if (name.endsWith(".bz2")) {
            return new BZip2CompressorOutputStream(raw);
        }
        return raw;
    }
}
