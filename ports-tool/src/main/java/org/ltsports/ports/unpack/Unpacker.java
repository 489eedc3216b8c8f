package org.ltsports.ports.unpack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.unpack.EntryPath.Refusal;

/**
 * Unpacks a source archive into a directory, safely and all at once. The archive goes into a
 * staging directory beside {@code destDir}; a single top-level directory is stripped; the tree
 * is renamed into place only when every entry passed. A refused archive leaves nothing behind.
 */
public final class Unpacker {

    private Unpacker() {
    }

    /** {@link #unpack(Path, Path, UnpackLimits)} with {@link UnpackLimits#DEFAULT}. */
    public static Path unpack(Path archive, Path destDir) {
        return unpack(archive, destDir, UnpackLimits.DEFAULT);
    }

    /**
     * Unpacks {@code archive} (tar.gz, tar.xz, tar.bz2, tar or zip) into {@code destDir}, which
     * must not exist or be empty; returns {@code destDir}.
     *
     * @throws PortsException integrity (exit 4) naming the entry when the archive holds an absolute
     *                        path, a {@code ..} that escapes, a link leaving the tree, a write through
     *                        a symlink, a device or FIFO, a duplicate file, or exceeds the limits;
     *                        refused (exit 3) when {@code destDir} is not empty; failed (exit 1) when
     *                        the archive cannot be read
     */
    public static Path unpack(Path archive, Path destDir, UnpackLimits limits) {
        if (!Files.isRegularFile(archive)) {
            throw PortsException.failed("no such archive: " + archive);
        }
        requireEmptyOrAbsent(destDir);
        ArchiveFormat format = ArchiveFormat.detect(archive);
        String label = archive.getFileName().toString();
        try (StagingDir staging = StagingDir.beside(destDir)) {
            TreeWriter writer = new TreeWriter(staging.path(), limits);
            try (MemberSource members = format.open(archive)) {
                for (Member member = members.next(); member != null; member = members.next()) {
                    try {
                        writer.write(member, members);
                    } catch (Refusal refusal) {
                        throw refused(label, "entry '" + member.name() + "' " + refusal.getMessage());
                    }
                }
            }
            Path tree = singleTopDirectory(staging.path()).orElse(staging.path());
            Optional<Path> escaping = LinkCheck.firstEscapingLink(tree);
            if (escaping.isPresent()) {
                throw refused(label, "symlink '" + escaping.get() + "' resolves outside the unpacked tree");
            }
            writer.finish();
            staging.moveInto(tree, destDir);
            return destDir;
        } catch (IOException e) {
            throw PortsException.failed("cannot unpack " + label + " into " + destDir + ": " + e.getMessage(), e);
        }
    }

    private static PortsException refused(String archive, String why) {
        return PortsException.integrity("refused to unpack " + archive + ": " + why + "; nothing was unpacked");
    }

    private static Optional<Path> singleTopDirectory(Path staging) throws IOException {
        List<Path> top;
        try (Stream<Path> children = Files.list(staging)) {
            top = children.toList();
        }
        if (top.size() == 1 && Files.isDirectory(top.get(0), LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(top.get(0));
        }
        return Optional.empty();
    }

    private static void requireEmptyOrAbsent(Path destDir) {
        if (!Files.exists(destDir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        boolean empty;
        try (Stream<Path> children = Files.list(destDir)) {
            empty = children.findAny().isEmpty();
        } catch (IOException e) {
            empty = false;
        }
        if (!empty || !Files.isDirectory(destDir, LinkOption.NOFOLLOW_LINKS)) {
            throw PortsException.refused("cannot unpack into " + destDir + ": it exists and is not an empty directory");
        }
    }
}
