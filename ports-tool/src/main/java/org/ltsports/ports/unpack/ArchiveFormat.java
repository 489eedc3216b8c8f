package org.ltsports.ports.unpack;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.ltsports.ports.PortsException;

/** The archive formats the unpacker reads, told apart by file name and, failing that, by content. */
public enum ArchiveFormat {
    TAR_GZ(".tar.gz", ".tgz"),
    TAR_XZ(".tar.xz", ".txz"),
    TAR_BZ2(".tar.bz2", ".tbz2", ".tbz"),
    TAR_ZSTD(".tar.zst", ".tzst"),
    TAR(".tar"),
    ZIP(".zip");

    private final List<String> suffixes;

    ArchiveFormat(String... suffixes) {
        this.suffixes = List.of(suffixes);
    }

    /** The format of {@code archive}: by its name's suffix, else by its first bytes. */
    public static ArchiveFormat detect(Path archive) {
        String name = archive.getFileName().toString().toLowerCase(Locale.ROOT);
        for (ArchiveFormat format : values()) {
            if (format.suffixes.stream().anyMatch(name::endsWith)) {
                return format;
            }
        }
        return fromContent(archive);
    }

    MemberSource open(Path archive) throws IOException {
        if (this == ZIP) {
            return new ZipMembers(archive);
        }
        if (this == TAR_ZSTD) {
            throw PortsException.failed("cannot unpack " + archive.getFileName()
                    + ": zstd archives are not supported yet; repack it as .tar.xz or .tar.gz");
        }
        InputStream in = new BufferedInputStream(Files.newInputStream(archive), 64 * 1024);
        try {
            return new TarMembers(switch (this) {
                case TAR_GZ -> new GzipCompressorInputStream(in, true);
                case TAR_XZ -> new XZCompressorInputStream(in, true);
                case TAR_BZ2 -> new BZip2CompressorInputStream(in, true);
                default -> in;
            });
        } catch (IOException | RuntimeException e) {
            in.close();
            throw e;
        }
    }

    private static ArchiveFormat fromContent(Path archive) {
        byte[] head = new byte[512];
        int read;
        try (InputStream in = Files.newInputStream(archive)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw PortsException.failed("cannot read " + archive + ": " + e.getMessage(), e);
        }
        if (startsWith(head, 0x1f, 0x8b)) {
            return TAR_GZ;
        }
        if (startsWith(head, 0xfd, '7', 'z', 'X', 'Z', 0x00)) {
            return TAR_XZ;
        }
        if (startsWith(head, 'B', 'Z', 'h')) {
            return TAR_BZ2;
        }
        if (startsWith(head, 0x28, 0xb5, 0x2f, 0xfd)) {
            return TAR_ZSTD;
        }
        if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6)) {
            return ZIP;
        }
        if (read >= 262 && new String(Arrays.copyOfRange(head, 257, 262), StandardCharsets.US_ASCII).equals("ustar")) {
            return TAR;
        }
        throw PortsException.failed("cannot tell what kind of archive " + archive.getFileName()
                + " is; tar.gz, tar.xz, tar.bz2, tar and zip can be unpacked");
    }

    private static boolean startsWith(byte[] head, int... magic) {
        for (int i = 0; i < magic.length; i++) {
            if ((head[i] & 0xff) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
