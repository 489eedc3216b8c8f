package org.ltsports.ports.unpack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.attribute.FileTime;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/** The entries of a tar stream (already decompressed). */
final class TarMembers implements MemberSource {
    private final TarArchiveInputStream tar;

    TarMembers(InputStream decompressed) {
        this.tar = new TarArchiveInputStream(decompressed, "UTF-8");
    }

    @Override
    public Member next() throws IOException {
        TarArchiveEntry entry = tar.getNextEntry();
        if (entry == null) {
            return null;
        }
        return new Member(entry.getName(), kindOf(entry), entry.getMode() & 07777, entry.getLinkName(),
                FileTime.from(entry.getLastModifiedDate().toInstant()));
    }

    @Override
    public InputStream content() {
        return tar;
    }

    @Override
    public void close() throws IOException {
        tar.close();
    }

    private static Member.Kind kindOf(TarArchiveEntry entry) {
        if (entry.isSymbolicLink()) {
            return Member.Kind.SYMLINK;
        }
        if (entry.isLink()) {
            return Member.Kind.HARDLINK;
        }
        if (entry.isCharacterDevice() || entry.isBlockDevice() || entry.isFIFO()) {
            return Member.Kind.SPECIAL;
        }
        if (entry.isDirectory()) {
            return Member.Kind.DIRECTORY;
        }
        return entry.isFile() ? Member.Kind.FILE : Member.Kind.SPECIAL;
    }
}
