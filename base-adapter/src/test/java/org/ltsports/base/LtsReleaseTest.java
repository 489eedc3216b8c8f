package org.ltsports.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LtsReleaseTest {

    @TempDir
    Path tree;

    @Test
    void aTreeWithLibrariesOnlyIsAnOverlay() throws IOException {
        Files.createDirectories(tree.resolve("lib/pkgconfig"));
        Files.createDirectories(tree.resolve("include"));
        Files.writeString(tree.resolve("lib/libgreet.so.1"), "");
        Files.writeString(tree.resolve("lib/pkgconfig/zlib.pc"), "Name: zlib\n");
        LtsRelease release = LtsRelease.probe("1.0", tree);
        assertEquals(ReleaseMode.OVERLAY, release.mode());
        assertEquals(List.of(tree.resolve("lib")), release.libDirs());
        assertEquals(List.of(tree.resolve("include")), release.includeDirs());
        assertEquals(List.of(tree.resolve("lib/pkgconfig")), release.pkgConfigDirs());
        assertTrue(release.provides("greet"));
        assertTrue(release.provides("libgreet"));
        assertTrue(release.provides("zlib"));
        assertTrue(release.provides("libc"), "an overlay runs on the host's libc");
        assertFalse(release.provides("ssl"));
    }

    @Test
    void aManifestTakesThePlaceOfProbing() throws IOException {
        Files.createDirectories(tree.resolve("lib"));
        new LtsManifest("3.0", 2, "abc", "sysroot", "lib64/ld-linux-x86-64.so.2", List.of("usr/lib/x86_64-linux-gnu"),
                List.of("usr/include"), List.of("usr/lib/x86_64-linux-gnu/pkgconfig"),
                List.of(new LtsManifest.Component("libc6", "2.36", "t64",
                        List.of(new LtsManifest.Library("libc.so.6", "usr/lib/x86_64-linux-gnu/libc.so.6", "f")))),
                "2025-01-01T00:00:00Z").write(tree);
        LtsRelease release = LtsRelease.read("3.0", tree);
        assertEquals(ReleaseMode.SYSROOT, release.mode(), "the manifest says so, though the tree has no libc");
        assertEquals(tree.resolve("lib64/ld-linux-x86-64.so.2"), release.loader());
        assertEquals(List.of(tree.resolve("usr/lib/x86_64-linux-gnu")), release.libDirs());
        assertEquals("libc6", release.manifest().orElseThrow().providerOf("libc.so.6").orElseThrow().name());
        assertEquals(release.manifest(), LtsManifest.read(tree));
    }

    @Test
    void aDamagedManifestIsAnError() throws IOException {
        Files.writeString(tree.resolve(LtsManifest.FILE), "{ not json");
        assertThrows(BaseException.class, () -> LtsRelease.read("1.0", tree));
        Files.writeString(tree.resolve(LtsManifest.FILE), "{}");
        assertThrows(BaseException.class, () -> LtsRelease.read("1.0", tree));
    }

    @Test
    void aTreeWithItsOwnLibcAndLoaderIsASysroot() throws IOException {
        Path multiarch = Files.createDirectories(tree.resolve("usr/lib/x86_64-linux-gnu"));
        Files.createSymbolicLink(tree.resolve("lib"), Path.of("usr/lib"));
        Files.createDirectories(tree.resolve("lib64"));
        Files.writeString(multiarch.resolve("libc.so.6"), "");
        Files.writeString(multiarch.resolve("ld-linux-x86-64.so.2"), "");
        Files.createSymbolicLink(tree.resolve("lib64/ld-linux-x86-64.so.2"),
                Path.of("../lib/x86_64-linux-gnu/ld-linux-x86-64.so.2"));
        LtsRelease release = LtsRelease.probe("2.0", tree);
        assertEquals(ReleaseMode.SYSROOT, release.mode());
        assertEquals(tree.resolve("lib64/ld-linux-x86-64.so.2"), release.loader());
        assertEquals(List.of(tree.resolve("lib/x86_64-linux-gnu"), tree.resolve("lib64"), tree.resolve("lib")),
                release.libDirs(), "merged /usr: usr/lib and lib are one directory, listed once");
        assertTrue(release.provides("libc"));
    }
}
