package org.ltsports.ports.bottle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.ports.PortsException;

class BottleRootTest {
    @TempDir
    Path temp;

    private Path bottles() throws Exception {
        Path dir = temp.resolve("bottles");
        Path prefix = temp.resolve("prefix");
        TextKeg.bottle(prefix, "demo", "1.0", dir);
        TextKeg.bottle(prefix, "demo", "2.0", dir);
        TextKeg.bottle(prefix, "other", "2.0", dir);
        return dir;
    }

    @Test
    void anIndexIsWrittenAndItsBottlesFound() throws Exception {
        Path dir = bottles();

        List<BottleEntry> written = BottleIndex.write(dir);

        assertEquals(List.of("demo--1.0.lts-1.0.x86_64.bottle.tar.gz", "demo--1.0.lts-2.0.x86_64.bottle.tar.gz",
                "other--1.0.lts-2.0.x86_64.bottle.tar.gz"), written.stream().map(BottleEntry::file).toList());
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("index.json"))));
        BottleRoot root = BottleRoot.open(dir.toString(), temp.resolve("cache"));
        BottleEntry found = root.find("demo", "1.0", "2.0", "x86_64").orElseThrow();
        assertEquals("demo--1.0.lts-2.0.x86_64.bottle.tar.gz", found.file());
        assertEquals("glibc-2.36", found.abiTags().get("libc"));
        assertTrue(root.find("demo", "1.0", "3.0", "x86_64").isEmpty());
        assertTrue(root.find("demo", "1.1", "2.0", "x86_64").isEmpty());
        assertEquals(2, root.entriesFor("demo", "1.0").size());
        LocalBottle local = root.fetch(found);
        assertEquals(dir.resolve(found.file()), local.tarball());
        assertEquals("2.0", local.sidecar().release());
    }

    @Test
    void theIndexIsWhatTheRootReadsNotTheDirectory() throws Exception {
        Path dir = bottles();
        BottleIndex.write(dir);
        TextKeg.bottle(temp.resolve("prefix"), "late", "2.0", dir);

        assertTrue(BottleRoot.open(dir.toString(), temp.resolve("cache")).find("late", "1.0", "2.0", "x86_64").isEmpty());
    }

    @Test
    void aDirectoryWithoutAnIndexIsReadFromItsSidecars() throws Exception {
        Path dir = bottles();

        BottleRoot root = BottleRoot.open(dir.toUri().toString(), temp.resolve("cache"));

        assertTrue(root.find("other", "1.0", "2.0", "x86_64").isPresent());
        assertFalse(Files.exists(dir.resolve("index.json")));
    }

    @Test
    void writingAnIndexRefusesABottleThatIsNotWhatItsSidecarSays() throws Exception {
        Path dir = bottles();
        Path tarball = dir.resolve("demo--1.0.lts-1.0.x86_64.bottle.tar.gz");
        Files.write(tarball, new byte[] {1, 2, 3});

        PortsException e = assertThrows(PortsException.class, () -> BottleIndex.write(dir));

        assertEquals(PortsException.INTEGRITY, e.exitCode());
        assertTrue(e.getMessage().contains(tarball.getFileName().toString()), e.getMessage());
        assertFalse(Files.exists(dir.resolve("index.json")));
    }

    @Test
    void writingAnIndexNamesABottleWithoutSidecar() throws Exception {
        Path dir = bottles();
        Files.delete(dir.resolve("other--1.0.lts-2.0.x86_64.bottle.tar.gz.json"));

        PortsException e = assertThrows(PortsException.class, () -> BottleIndex.write(dir));

        assertTrue(e.getMessage().contains("has no sidecar other--1.0.lts-2.0.x86_64.bottle.tar.gz.json"), e.getMessage());
    }

    @Test
    void anHttpRootIsReadThroughItsIndexAndBottlesComeThroughTheCache() throws Exception {
        Path dir = bottles();
        BottleIndex.write(dir);
        try (DirectoryServer server = new DirectoryServer(dir)) {
            BottleRoot root = BottleRoot.open(server.root(), temp.resolve("cache"));
            BottleEntry entry = root.find("demo", "1.0", "1.0", "x86_64").orElseThrow();

            LocalBottle first = root.fetch(entry);
            LocalBottle again = BottleRoot.open(server.root() + "/", temp.resolve("cache")).fetch(entry);

            assertTrue(first.tarball().startsWith(temp.resolve("cache")));
            assertEquals(first.tarball(), again.tarball());
            assertEquals(List.of("/bottles/index.json", "/bottles/" + entry.sidecarFile(), "/bottles/" + entry.file()),
                    server.requested());
            Path staged = new BottlePourer().pour(first, temp.resolve("stage"), temp.resolve("p"), Path.of("/lts"));
            assertEquals("data=" + temp.resolve("p") + "/share/demo\n", Files.readString(staged.resolve("etc/demo.conf")));
        }
    }

    @Test
    void anHttpRootWithATamperedSidecarIsRefused() throws Exception {
        Path dir = bottles();
        BottleIndex.write(dir);
        Path sidecar = dir.resolve("demo--1.0.lts-1.0.x86_64.bottle.tar.gz.json");
        Files.writeString(sidecar, Files.readString(sidecar).replace("\"revision\": 0", "\"revision\": 0 "));
        try (DirectoryServer server = new DirectoryServer(dir)) {
            BottleRoot root = BottleRoot.open(server.root(), temp.resolve("cache"));
            BottleEntry entry = root.find("demo", "1.0", "1.0", "x86_64").orElseThrow();

            PortsException e = assertThrows(PortsException.class, () -> root.fetch(entry));

            assertEquals(PortsException.INTEGRITY, e.exitCode());
        }
    }

    @Test
    void anHttpRootWithoutIndexSaysWhatItNeeds() throws Exception {
        Path dir = bottles();
        try (DirectoryServer server = new DirectoryServer(dir)) {
            PortsException e = assertThrows(PortsException.class,
                    () -> BottleRoot.open(server.root(), temp.resolve("cache")).entries());

            assertTrue(e.getMessage().contains("HTTP 404; a bottle root needs an index.json"), e.getMessage());
        }
    }
}
