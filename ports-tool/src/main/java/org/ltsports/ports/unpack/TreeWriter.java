package org.ltsports.ports.unpack;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.ltsports.ports.unpack.EntryPath.Refusal;

/**
 * Writes archive entries under a root directory, refusing anything that would reach outside it:
 * a write through a symlink, a link that leaves the tree, a device, a second copy of a file, or
 * more bytes or entries than the limits allow. Directory modes are applied at {@link #finish}.
 */
final class TreeWriter {
    private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;

    private final Path root;
    private final UnpackLimits limits;
    private final Map<Path, Integer> directoryModes = new HashMap<>();
    private final Map<Path, FileTime> directoryTimes = new HashMap<>();
    private long entries;
    private long bytes;

    TreeWriter(Path root, UnpackLimits limits) {
        this.root = root;
        this.limits = limits;
    }

    void write(Member member, MemberSource source) throws IOException, Refusal {
        if (++entries > limits.maxEntries()) {
            throw new Refusal("is past the limit of " + limits.maxEntries() + " entries (a decompression bomb?)");
        }
        Path relative = EntryPath.relative(member.name());
        if (relative.toString().isEmpty()) {
            if (member.kind() == Member.Kind.DIRECTORY) {
                return;
            }
            throw new Refusal("has no name");
        }
        Path target = root.resolve(relative);
        makeParents(relative);
        switch (member.kind()) {
            case DIRECTORY -> writeDirectory(target, member.mode(), member.modified());
            case FILE -> writeFile(target, source.content(), member.mode(), member.modified());
            case SYMLINK -> writeSymlink(target, relative, member.linkTarget());
            case HARDLINK -> writeHardLink(target, member.linkTarget());
            default -> throw new Refusal("is a device, FIFO or other special file");
        }
    }

    /** Gives the directories their archived modes (always keeping the owner's rwx) and times, deepest first. */
    void finish() throws IOException {
        var deepestFirst = Comparator.comparingInt((Path p) -> p.getNameCount()).reversed();
        for (Path dir : directoryModes.keySet().stream().sorted(deepestFirst).toList()) {
            Files.setPosixFilePermissions(dir, FileMode.permissions(directoryModes.get(dir) | 0700));
            FileTime modified = directoryTimes.get(dir);
            if (modified != null) {
                Files.setLastModifiedTime(dir, modified);
            }
        }
    }

    private void makeParents(Path relative) throws IOException, Refusal {
        Path dir = root;
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            dir = dir.resolve(relative.getName(i));
            if (Files.isSymbolicLink(dir)) {
                throw new Refusal("would be written through the symlink " + root.relativize(dir));
            }
            if (!Files.exists(dir, NOFOLLOW)) {
                Files.createDirectory(dir);
            } else if (!Files.isDirectory(dir, NOFOLLOW)) {
                throw new Refusal("is below " + root.relativize(dir) + ", which is not a directory");
            }
        }
    }

    private void writeDirectory(Path target, int mode, FileTime modified) throws IOException, Refusal {
        if (modified != null) {
            directoryTimes.put(target, modified);
        }
        if (Files.isDirectory(target, NOFOLLOW)) {
            directoryModes.put(target, mode);
            return;
        }
        if (Files.exists(target, NOFOLLOW)) {
            throw new Refusal("is a directory where the archive already put a file or link");
        }
        Files.createDirectory(target);
        directoryModes.put(target, mode);
    }

    private void writeFile(Path target, InputStream content, int mode, FileTime modified) throws IOException, Refusal {
        try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, NOFOLLOW)) {
            copyCounted(content, out);
        } catch (FileAlreadyExistsException e) {
            throw new Refusal("is a duplicate: the archive already has an entry at this path");
        }
        Files.setPosixFilePermissions(target, FileMode.permissions(mode));
        if (modified != null) {
            Files.setLastModifiedTime(target, modified);
        }
    }

    private void writeSymlink(Path target, Path relative, String linkTarget) throws IOException, Refusal {
        if (linkTarget == null || linkTarget.isEmpty()) {
            throw new Refusal("is a symlink without a target");
        }
        if (linkTarget.startsWith("/")) {
            throw new Refusal("is a symlink to the absolute path " + linkTarget);
        }
        Path parent = relative.getParent();
        try {
            EntryPath.relative((parent == null ? "" : parent + "/") + linkTarget);
        } catch (Refusal e) {
            throw new Refusal("is a symlink to " + linkTarget + ", which leaves the tree");
        }
        try {
            Files.createSymbolicLink(target, Path.of(linkTarget));
        } catch (FileAlreadyExistsException e) {
            throw new Refusal("is a duplicate: the archive already has an entry at this path");
        }
    }

    private void writeHardLink(Path target, String linkTarget) throws IOException, Refusal {
        Path source;
        try {
            source = root.resolve(EntryPath.relative(linkTarget == null ? "" : linkTarget));
        } catch (Refusal e) {
            throw new Refusal("is a hard link to " + linkTarget + ", which leaves the tree");
        }
        if (!Files.isRegularFile(source, NOFOLLOW) || !source.toRealPath().startsWith(root.toRealPath())) {
            throw new Refusal("is a hard link to " + linkTarget + ", which is not a file unpacked before it");
        }
        if (Files.exists(target, NOFOLLOW)) {
            throw new Refusal("is a duplicate: the archive already has an entry at this path");
        }
        try {
            Files.createLink(target, source);
        } catch (UnsupportedOperationException | IOException e) {
            try (InputStream in = Files.newInputStream(source);
                 OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, NOFOLLOW)) {
                copyCounted(in, out);
            }
            Files.setPosixFilePermissions(target, Files.getPosixFilePermissions(source));
        }
    }

    private void copyCounted(InputStream in, OutputStream out) throws IOException, Refusal {
        byte[] buffer = new byte[64 * 1024];
        for (int n = in.read(buffer); n != -1; n = in.read(buffer)) {
            bytes += n;
            if (bytes > limits.maxTotalBytes()) {
                throw new Refusal("takes the unpacked size past the limit of " + limits.maxTotalBytes()
                        + " bytes (a decompression bomb?)");
            }
            out.write(buffer, 0, n);
        }
    }
}
