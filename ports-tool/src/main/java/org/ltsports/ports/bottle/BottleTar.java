package org.ltsports.ports.bottle;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

/**
 * A tar.gz whose bytes depend only on what is put in: entries in the order given (the writer
 * sorts them), one fixed modification time, owner and group 0 without names, and a gzip header
 * without time or file name. The same keg makes the same bottle.
 */
final class BottleTar implements AutoCloseable {
    /** 2000-01-01T00:00:00Z, for every entry. */
    static final long FIXED_MTIME_MILLIS = 946_684_800_000L;

    private static final int REGULAR = 0100000;
    private static final int DIRECTORY = 040000;
    private static final int SYMLINK = 0120000;
    private static final int UNIX = 3;

    private final TarArchiveOutputStream tar;

    BottleTar(OutputStream out) throws IOException {
        GzipParameters gzip = new GzipParameters();
        gzip.setModificationTime(0);
        gzip.setOperatingSystem(UNIX);
        tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out, gzip), "UTF-8");
        tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
    }

    void directory(String name, int mode) throws IOException {
        TarArchiveEntry entry = entry(name.endsWith("/") ? name : name + "/", TarConstants.LF_DIR, DIRECTORY | mode);
        tar.putArchiveEntry(entry);
        tar.closeArchiveEntry();
    }

    void file(String name, int mode, long size, InputStream content) throws IOException {
        TarArchiveEntry entry = entry(name, TarConstants.LF_NORMAL, REGULAR | mode);
        entry.setSize(size);
        tar.putArchiveEntry(entry);
        long copied = content.transferTo(tar);
        if (copied != size) {
            throw new IOException(name + " changed while it was bottled (" + size + " bytes expected, " + copied + " read)");
        }
        tar.closeArchiveEntry();
    }

    void symlink(String name, String target) throws IOException {
        TarArchiveEntry entry = entry(name, TarConstants.LF_SYMLINK, SYMLINK | 0777);
        entry.setLinkName(target);
        tar.putArchiveEntry(entry);
        tar.closeArchiveEntry();
    }

    @Override
    public void close() throws IOException {
        tar.close();
    }

    private static TarArchiveEntry entry(String name, byte kind, int mode) {
        TarArchiveEntry entry = new TarArchiveEntry(name, kind);
        entry.setMode(mode);
        entry.setModTime(FIXED_MTIME_MILLIS);
        entry.setUserId(0);
        entry.setGroupId(0);
        entry.setUserName("");
        entry.setGroupName("");
        return entry;
    }
}
