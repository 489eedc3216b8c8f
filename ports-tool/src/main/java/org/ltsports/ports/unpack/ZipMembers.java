package org.ltsports.ports.unpack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/** The entries of a zip file, as its central directory lists them. */
final class ZipMembers implements MemberSource {
    private static final int TYPE_MASK = 0170000;
    private static final int REGULAR = 0100000;
    private static final int DIRECTORY = 0040000;
    private static final int SYMLINK = 0120000;

    private final ZipFile zip;
    private final Iterator<ZipArchiveEntry> entries;
    private ZipArchiveEntry current;
    private InputStream currentContent;

    ZipMembers(Path file) throws IOException {
        this.zip = ZipFile.builder().setPath(file).get();
        this.entries = Collections.list(zip.getEntries()).iterator();
    }

    @Override
    public Member next() throws IOException {
        closeContent();
        if (!entries.hasNext()) {
            return null;
        }
        current = entries.next();
        int unixMode = current.getUnixMode();
        int type = unixMode & TYPE_MASK;
        if (current.isUnixSymlink()) {
            return new Member(current.getName(), Member.Kind.SYMLINK, 0777, zip.getUnixSymlink(current));
        }
        if (current.isDirectory()) {
            return new Member(current.getName(), Member.Kind.DIRECTORY, orDefault(unixMode, 0755), null,
                    current.getLastModifiedTime());
        }
        if (type != 0 && type != REGULAR && type != DIRECTORY && type != SYMLINK) {
            return new Member(current.getName(), Member.Kind.SPECIAL, 0, null);
        }
        return new Member(current.getName(), Member.Kind.FILE, orDefault(unixMode, 0644), null,
                current.getLastModifiedTime());
    }

    @Override
    public InputStream content() throws IOException {
        if (!zip.canReadEntryData(current)) {
            throw new IOException("cannot read " + current.getName() + " (encrypted or an unsupported compression method)");
        }
        currentContent = zip.getInputStream(current);
        return currentContent;
    }

    @Override
    public void close() throws IOException {
        closeContent();
        zip.close();
    }

    private void closeContent() throws IOException {
        if (currentContent != null) {
            currentContent.close();
            currentContent = null;
        }
    }

    private static int orDefault(int unixMode, int fallback) {
        int permissions = unixMode & 07777;
        return permissions == 0 ? fallback : permissions;
    }
}
