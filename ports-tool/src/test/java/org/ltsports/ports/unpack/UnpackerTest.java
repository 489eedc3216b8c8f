package org.ltsports.ports.unpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnpackerTest {
    @TempDir
    Path temp;

    private static TestArchive sourceTree() {
        return new TestArchive()
                .dir("hello-2.10/")
                .file("hello-2.10/configure", "#!/bin/sh\necho configured\n", 0755)
                .file("hello-2.10/README", "Hello, ports.\n", 0644)
                .dir("hello-2.10/src/")
                .file("hello-2.10/src/hello.c", "int main(void) { return 0; }\n", 0644)
                .symlink("hello-2.10/README.link", "README")
                .symlink("hello-2.10/src/readme", "../README");
    }

    private static int mode(Path path) throws Exception {
        return (Integer) Files.getAttribute(path, "unix:mode", java.nio.file.LinkOption.NOFOLLOW_LINKS) & 07777;
    }

    private void assertSourceTree(Path dest) throws Exception {
        assertEquals("#!/bin/sh\necho configured\n", Files.readString(dest.resolve("configure")));
        assertEquals(0755, mode(dest.resolve("configure")), "the executable bit is kept");
        assertEquals(0644, mode(dest.resolve("README")));
        assertEquals("int main(void) { return 0; }\n", Files.readString(dest.resolve("src/hello.c")));
        assertTrue(Files.isSymbolicLink(dest.resolve("README.link")));
        assertEquals(Paths.get("README"), Files.readSymbolicLink(dest.resolve("README.link")), "relative target kept");
        assertEquals("Hello, ports.\n", Files.readString(dest.resolve("src/readme")));
        assertFalse(Files.exists(dest.resolve("hello-2.10")), "the single top directory is stripped");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello-2.10.tar.gz", "hello-2.10.tgz", "hello-2.10.tar.xz", "hello-2.10.tar.bz2", "hello-2.10.tar"})
    void tarballsUnpackWithModesAndSymlinksAndTheTopDirectoryStripped(String name) throws Exception {
        Path archive = sourceTree().writeTar(temp.resolve(name));
        Path dest = temp.resolve("src");

        assertEquals(dest, Unpacker.unpack(archive, dest));

        assertSourceTree(dest);
        assertEquals(List.of(dest), siblingsOf(dest), "no staging directory is left beside the result");
    }

    @Test
    void zipUnpacksWithModesAndSymlinks() throws Exception {
        Path archive = sourceTree().writeZip(temp.resolve("hello-2.10.zip"));
        Path dest = temp.resolve("src");

        Unpacker.unpack(archive, dest);

        assertSourceTree(dest);
    }

    @Test
    void theFormatIsFoundFromTheContentWhenTheNameDoesNotTell() throws Exception {
        Path xz = sourceTree().writeTar(temp.resolve("hello-2.10.tar.xz"));
        Path archive = Files.move(xz, temp.resolve("download"));

        Unpacker.unpack(archive, temp.resolve("src"));

        assertSourceTree(temp.resolve("src"));
    }

    @Test
    void severalTopLevelEntriesStayAsTheyAre() throws Exception {
        Path archive = new TestArchive()
                .file("a/one", "1", 0644)
                .file("b/two", "2", 0644)
                .file("three", "3", 0600)
                .writeTar(temp.resolve("flat.tar.gz"));
        Path dest = temp.resolve("src");

        Unpacker.unpack(archive, dest);

        assertEquals("1", Files.readString(dest.resolve("a/one")));
        assertEquals("2", Files.readString(dest.resolve("b/two")));
        assertEquals(0600, mode(dest.resolve("three")));
    }

    @Test
    void setuidSetgidAndStickyBitsAreDropped() throws Exception {
        Path archive = new TestArchive()
                .file("pkg/tool", "x", 06755)
                .dir("pkg/tmp/")
                .writeTar(temp.resolve("pkg.tar"));
        Path dest = temp.resolve("src");

        Unpacker.unpack(archive, dest);

        assertEquals(0755, mode(dest.resolve("tool")));
    }

    @Test
    void hardLinksAreRecreatedInsideTheTree() throws Exception {
        Path archive = new TestArchive()
                .file("pkg/original", "same bytes", 0755)
                .hardlink("pkg/copy", "pkg/original")
                .writeTar(temp.resolve("pkg.tar.gz"));
        Path dest = temp.resolve("src");

        Unpacker.unpack(archive, dest);

        assertEquals("same bytes", Files.readString(dest.resolve("copy")));
        assertEquals(0755, mode(dest.resolve("copy")));
        assertFalse(Files.isSymbolicLink(dest.resolve("copy")));
    }

    @Test
    void anEmptyExistingDestinationIsFilled() throws Exception {
        Path archive = sourceTree().writeTar(temp.resolve("hello-2.10.tar.gz"));
        Path dest = Files.createDirectory(temp.resolve("src"));

        Unpacker.unpack(archive, dest);

        assertSourceTree(dest);
    }

    @Test
    void readOnlyDirectoriesStillGetTheirContent() throws Exception {
        Path archive = new TestArchive()
                .dir("pkg/")
                .dir("pkg/ro/")
                .file("pkg/ro/file", "content", 0444)
                .writeTar(temp.resolve("pkg.tar.gz"));
        Path dest = temp.resolve("src");

        Unpacker.unpack(archive, dest);

        assertEquals("content", Files.readString(dest.resolve("ro/file")));
        assertEquals(0444, mode(dest.resolve("ro/file")));
    }

    private List<Path> siblingsOf(Path dest) throws Exception {
        try (Stream<Path> files = Files.list(dest.getParent())) {
            return files.filter(Files::isDirectory).toList();
        }
    }

    @Test
    void modificationTimesAreKeptSoMakeDoesNotRegenerateTheBuildSystem() throws Exception {
        Path archive = temp.resolve("times-1.0.tar.gz");
        java.time.Instant older = java.time.Instant.parse("2014-11-16T12:00:00Z");
        java.time.Instant newer = java.time.Instant.parse("2014-11-16T12:05:00Z");
        try (var out = new org.apache.commons.compress.archivers.tar.TarArchiveOutputStream(
                new org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream(Files.newOutputStream(archive)))) {
            for (var entry : List.of(java.util.Map.entry("times-1.0/configure.ac", older),
                    java.util.Map.entry("times-1.0/configure", newer))) {
                byte[] body = "x\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                var tarEntry = new org.apache.commons.compress.archivers.tar.TarArchiveEntry(entry.getKey());
                tarEntry.setSize(body.length);
                tarEntry.setModTime(java.util.Date.from(entry.getValue()));
                out.putArchiveEntry(tarEntry);
                out.write(body);
                out.closeArchiveEntry();
            }
        }
        Path dest = Unpacker.unpack(archive, temp.resolve("src"));
        assertEquals(older, Files.getLastModifiedTime(dest.resolve("configure.ac")).toInstant());
        assertEquals(newer, Files.getLastModifiedTime(dest.resolve("configure")).toInstant());
    }
}
