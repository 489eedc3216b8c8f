package org.ltsports.ports.fetch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.ports.PortsException;

class DownloadCacheTest {
    private static final byte[] CONTENT = "hello, ports\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path temp;

    @Test
    void sha256IsTheLowerCaseHexDigestOfTheContent() throws Exception {
        Path empty = Files.createFile(temp.resolve("empty"));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", DownloadCache.sha256(empty));
    }

    @Test
    void addWithMatchingChecksumStoresTheFileUnderShaAndName() throws Exception {
        Path file = Files.write(temp.resolve("hello-1.0.tar.gz"), CONTENT);
        String sha = DownloadCache.sha256(file);
        DownloadCache cache = new DownloadCache(temp.resolve("cache"));

        Path added = cache.add(file, sha.toUpperCase(), "hello-1.0.tar.gz");

        assertEquals(temp.resolve("cache").resolve(sha + "--hello-1.0.tar.gz"), added);
        assertArrayEquals(CONTENT, Files.readAllBytes(added));
        assertEquals(Optional.of(added), cache.lookup(sha));
        assertEquals(List.of(added), cache.entries());
    }

    @Test
    void addWithWrongChecksumIsAnIntegrityFailureAndLeavesTheCacheEmpty() throws Exception {
        Path file = Files.write(temp.resolve("hello-1.0.tar.gz"), CONTENT);
        String wrong = "0".repeat(64);
        Path dir = temp.resolve("cache");
        DownloadCache cache = new DownloadCache(dir);

        PortsException e = assertThrows(PortsException.class, () -> cache.add(file, wrong, "hello-1.0.tar.gz"));

        assertEquals(PortsException.INTEGRITY, e.exitCode());
        assertTrue(e.getMessage().contains(wrong), e.getMessage());
        assertTrue(e.getMessage().contains(DownloadCache.sha256(file)), e.getMessage());
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "no temporary or final file is left behind");
        }
    }

    @Test
    void partialDownloadsAreNotCacheEntries() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("cache"));
        String sha = "a".repeat(64);
        Files.write(dir.resolve(sha + "--x.tar.gz.part"), CONTENT);
        DownloadCache cache = new DownloadCache(dir);

        assertEquals(Optional.empty(), cache.lookup(sha));
        assertEquals(List.of(), cache.entries());
    }

    @Test
    void addOfAMissingFileNamesIt() {
        DownloadCache cache = new DownloadCache(temp.resolve("cache"));
        PortsException e = assertThrows(PortsException.class,
                () -> cache.add(temp.resolve("nope.tar.gz"), "b".repeat(64), "nope.tar.gz"));
        assertEquals(PortsException.FAILED, e.exitCode());
        assertTrue(e.getMessage().contains("nope.tar.gz"), e.getMessage());
    }
}
