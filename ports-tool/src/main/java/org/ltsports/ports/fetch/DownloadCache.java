package org.ltsports.ports.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.ltsports.ports.PortsException;

/**
 * The download cache: a directory of files named {@code <sha256>--<file name>}, keyed by their
 * content hash. Downloads in progress are {@code <sha256>--<file name>.part}. Files enter the
 * cache only whole and only with the hash their name promises.
 */
public final class DownloadCache {
    static final String SEPARATOR = "--";
    static final String PART = ".part";

    private static final Pattern ENTRY_NAME = Pattern.compile("[0-9a-f]{64}--.+");

    private final Path dir;

    public DownloadCache(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    /** The cached file with this sha256, if there is one. */
    public Optional<Path> lookup(String sha256) {
        String prefix = SourceSpec.checkedSha256(sha256) + SEPARATOR;
        return entries().stream().filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst();
    }

    /**
     * Copies {@code file} into the cache as {@code fileName} if its sha256 is {@code expectedSha256}.
     * The copy appears whole or not at all.
     *
     * @throws PortsException integrity when the hash differs, failed when the file cannot be read
     */
    public Path add(Path file, String expectedSha256, String fileName) {
        String expected = SourceSpec.checkedSha256(expectedSha256);
        Path target = finalPath(expected, fileName);
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, ".add-", ".tmp");
            String actual;
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
                actual = HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
            }
            if (!actual.equals(expected)) {
                throw PortsException.integrity("checksum mismatch for " + file + ": expected " + expected
                        + ", got " + actual + "; the file was not added to the cache");
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            temp = null;
            return target;
        } catch (NoSuchFileException e) {
            throw PortsException.failed("no such file: " + file);
        } catch (IOException e) {
            throw PortsException.failed("cannot add " + file + " to the download cache " + dir + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** The completed files in the cache, sorted by name. */
    public List<Path> entries() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(DownloadCache::isEntry).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sha256 of a file's content, in lower-case hex. */
    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException e) {
            throw PortsException.failed("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    Path finalPath(String sha256, String fileName) {
        return dir.resolve(sha256 + SEPARATOR + fileName);
    }

    Path partPath(String sha256, String fileName) {
        return dir.resolve(sha256 + SEPARATOR + fileName + PART);
    }

    static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }

    static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort: a leftover temporary file is harmless and named as one
        }
    }

    private static boolean isEntry(Path path) {
        String name = path.getFileName().toString();
        return ENTRY_NAME.matcher(name).matches() && !name.endsWith(PART) && Files.isRegularFile(path);
    }
}
