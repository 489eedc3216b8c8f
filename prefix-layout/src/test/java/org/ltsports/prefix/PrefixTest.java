package org.ltsports.prefix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrefixTest {
    @TempDir
    Path temp;

    @Test
    void createMakesMarkerAndLayout() {
        Path root = temp.resolve("prefix");
        Prefix prefix = Prefix.create(root, "1.0");

        assertTrue(Prefix.isPrefix(root));
        for (Path dir : List.of(prefix.cellar(), prefix.opt(), prefix.portsVar(), prefix.tmp(),
                prefix.portsVar().resolve("logs"), prefix.downloads())) {
            assertTrue(Files.isDirectory(dir), dir + " should exist");
        }
        PrefixMarker marker = prefix.marker();
        assertEquals(1, marker.formatVersion());
        assertEquals("1.0", marker.pinnedRelease());
        assertFalse(marker.created().isAfter(Instant.now()));
    }

    @Test
    void accessorsNameTheDesignedPaths() {
        Prefix prefix = Prefix.create(temp, null);
        Path root = temp.toAbsolutePath();
        assertEquals(root.resolve("opt/hello"), prefix.opt("hello"));
        assertEquals(root.resolve("Cellar/hello/2.10_1"), prefix.kegDir("hello", "2.10_1"));
        assertEquals(root.resolve("var/ports/logs/hello"), prefix.logs("hello"));
        assertEquals(root.resolve("var/ports/ports.db"), prefix.database());
        assertEquals(root.resolve("var/ports/lock"), prefix.lockFile());
        assertEquals(root.resolve("var/ports/tmp"), prefix.tmp());
        assertEquals(root.resolve("var/cache/ports/downloads"), prefix.downloads());
        assertNull(prefix.marker().pinnedRelease());
        assertThrows(IllegalArgumentException.class, () -> prefix.opt("../etc"));
    }

    @Test
    void createOnAnExistingPrefixOpensItWithoutRewritingTheMarker() throws Exception {
        Path root = temp.resolve("prefix");
        Prefix.create(root, "1.0");
        String before = Files.readString(root.resolve(Prefix.MARKER));

        Prefix again = Prefix.create(root, "2.0");

        assertEquals(before, Files.readString(root.resolve(Prefix.MARKER)));
        assertEquals("1.0", again.marker().pinnedRelease());
    }

    @Test
    void createTakesAnEmptyDirectory() {
        Prefix prefix = Prefix.create(temp, "1.0");
        assertTrue(Prefix.isPrefix(prefix.root()));
    }

    @Test
    void createRefusesANonEmptyDirectoryWithoutMarker() throws Exception {
        Files.writeString(temp.resolve("notes.txt"), "mine");

        PrefixException e = assertThrows(PrefixException.class, () -> Prefix.create(temp, "1.0"));

        assertTrue(e.refused());
        assertTrue(e.getMessage().contains("not ours to take over"), e.getMessage());
        assertFalse(Files.exists(temp.resolve(Prefix.MARKER)));
        assertFalse(Files.exists(temp.resolve("Cellar")));
    }

    @Test
    void openRequiresTheMarker() {
        PrefixException e = assertThrows(PrefixException.class, () -> Prefix.open(temp));
        assertTrue(e.refused());
        assertTrue(e.getMessage().contains("is not a ports prefix (no .ports-prefix marker)"), e.getMessage());
        assertFalse(Prefix.isPrefix(temp));
    }

    @Test
    void withPinnedReleaseRewritesTheMarkerAndKeepsCreated() throws Exception {
        Prefix prefix = Prefix.create(temp, "1.0");
        Instant created = prefix.marker().created();

        PrefixMarker pinned = prefix.withPinnedRelease("2.0");

        assertEquals("2.0", pinned.pinnedRelease());
        assertEquals(created, Prefix.open(temp).marker().created());
        assertEquals("2.0", Prefix.open(temp).marker().pinnedRelease());
        try (var entries = Files.list(temp)) {
            assertTrue(entries.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temp file left");
        }
    }

    @Test
    void aMarkerFromANewerFormatIsRefused() throws Exception {
        Prefix prefix = Prefix.create(temp, "1.0");
        Files.writeString(prefix.markerFile(), "format=2\ncreated=2024-01-01T00:00:00Z\n");
        PrefixException e = assertThrows(PrefixException.class, prefix::marker);
        assertTrue(e.refused());
    }

    @Test
    void kegsListsTheCellar() throws Exception {
        Prefix prefix = Prefix.create(temp, "1.0");
        Files.createDirectories(prefix.kegDir("zlib", "1.3_1"));
        Files.createDirectories(prefix.kegDir("hello", "2.10"));
        Files.writeString(prefix.cellar().resolve("stray-file"), "");

        List<Keg> kegs = prefix.kegs();

        assertEquals(List.of(prefix.keg("hello", "2.10", 0), prefix.keg("zlib", "1.3", 1)), kegs);
    }

    @Test
    void linkOptPointsRelativelyAtTheKegAndReplacesAtomically() throws Exception {
        Prefix prefix = Prefix.create(temp, "1.0");
        Keg old = prefix.keg("hello", "2.9", 0);
        Keg current = prefix.keg("hello", "2.10", 1);
        Files.createDirectories(old.path());
        Files.createDirectories(current.path());

        prefix.linkOpt(old);
        prefix.linkOpt(current);

        Path opt = prefix.opt("hello");
        assertEquals(Path.of("../Cellar/hello/2.10_1"), Files.readSymbolicLink(opt));
        assertEquals(current.path().toRealPath(), opt.toRealPath());
        assertTrue(prefix.removeOpt("hello"));
        assertFalse(Files.exists(opt, java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertFalse(prefix.removeOpt("hello"));
    }

    @Test
    void linkOptRefusesARealDirectoryInTheWay() throws Exception {
        Prefix prefix = Prefix.create(temp, "1.0");
        Keg keg = prefix.keg("hello", "2.10", 0);
        Files.createDirectories(keg.path());
        Files.createDirectories(prefix.opt("hello"));

        PrefixException e = assertThrows(PrefixException.class, () -> prefix.linkOpt(keg));
        assertTrue(e.refused());
        assertTrue(Files.isDirectory(prefix.opt("hello"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void aCreationCutShortBeforeItsMarkerIsCompletedByTheNext() throws Exception {
        Path root = temp.resolve("prefix");
        Files.createDirectories(root.resolve("var/ports/tmp"));
        Files.createDirectories(root.resolve("Cellar"));
        Files.writeString(root.resolve("var/ports/tmp/.marker-1.tmp"), "half");

        Prefix prefix = Prefix.create(root, "1.0");

        assertEquals("1.0", prefix.marker().pinnedRelease());
    }

    @Test
    void aDirectoryHoldingAnythingElseUnderItsVarIsStillRefused() throws Exception {
        Path root = temp.resolve("prefix");
        Files.writeString(Files.createDirectories(root.resolve("var")).resolve("mine.txt"), "mine");
        assertTrue(assertThrows(PrefixException.class, () -> Prefix.create(root, "1.0")).refused());
        assertFalse(Files.exists(root.resolve(Prefix.MARKER)));
    }

    @Test
    void commandsMakingTheSamePrefixAtOnceAllGetIt() throws Exception {
        for (int round = 0; round < 20; round++) {
            Path root = temp.resolve("race-" + round);
            List<java.util.concurrent.Future<Prefix>> made = new java.util.ArrayList<>();
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            for (int i = 0; i < 4; i++) {
                made.add(pool.submit(() -> Prefix.create(root, "1.0")));
            }
            for (var prefix : made) {
                assertEquals(root, prefix.get().root());
            }
            pool.shutdown();
            assertTrue(Prefix.isPrefix(root));
        }
    }
}
