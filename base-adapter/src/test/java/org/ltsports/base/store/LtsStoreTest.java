package org.ltsports.base.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.base.BaseException;
import org.ltsports.base.Gcc;
import org.ltsports.base.LtsManifest;
import org.ltsports.base.LtsRelease;
import org.ltsports.base.LtsRoot;
import org.ltsports.base.ReleaseMode;

class LtsStoreTest {

    @TempDir
    Path dir;
    Path tree;
    Path root;
    LtsStore store;

    @BeforeEach
    void aTreeWithALibraryLinksAndAScript() throws IOException {
        tree = dir.resolve("tree");
        Path lib = Files.createDirectories(tree.resolve("usr/lib"));
        Gcc.sharedLibrary(lib, "libgreet.so.1", "int greet(void) { return 42; }\n", null);
        Files.createSymbolicLink(lib.resolve("libgreet.so"), Path.of("/usr/lib/libgreet.so.1"));
        Files.createSymbolicLink(tree.resolve("lib"), Path.of("usr/lib"));
        Files.createDirectories(tree.resolve("usr/include"));
        Files.writeString(tree.resolve("usr/include/greet.h"), "int greet(void);\n");
        Path bin = Files.createDirectories(tree.resolve("usr/bin"));
        Files.writeString(bin.resolve("hello"), "#!/bin/sh\necho hello\n");
        Files.setPosixFilePermissions(bin.resolve("hello"), PosixFilePermissions.fromString("rwxr-xr-x"));
        root = dir.resolve("lts");
        store = new LtsStore(new LtsRoot(root));
    }

    @Test
    void adoptionStoresAReadOnlyTreeWithRelativeLinksAndSwapsTheReleaseToIt() throws IOException {
        AdoptResult result = store.adopt(tree, "1.0", Map.of());
        assertTrue(result.changed());
        Path stored = root.resolve(".store").resolve(result.treeHash().substring(0, 32) + "-lts-1.0");
        assertEquals(Path.of(".store", stored.getFileName().toString()), Files.readSymbolicLink(root.resolve("1.0")));
        assertEquals(Path.of("libgreet.so.1"), Files.readSymbolicLink(stored.resolve("usr/lib/libgreet.so")),
                "an absolute link is rewritten relative to the tree");
        assertEquals(Path.of("usr/lib"), Files.readSymbolicLink(stored.resolve("lib")), "a relative link stays");
        assertEquals("r--r--r--", permissions(stored.resolve("usr/include/greet.h")));
        assertEquals("r-xr-xr-x", permissions(stored.resolve("usr/bin/hello")));
        assertEquals("r-xr-xr-x", permissions(stored.resolve("usr/lib")));

        LtsManifest manifest = LtsManifest.read(stored).orElseThrow();
        assertEquals("1.0", manifest.release());
        assertEquals(1, manifest.generation());
        assertEquals(result.treeHash(), manifest.treeHash());
        assertEquals("overlay", manifest.mode());
        assertEquals(List.of("lib"), manifest.libDirs(), "merged /usr: lib and usr/lib are one directory");
        LtsManifest.Component greet = manifest.components().get(0);
        assertEquals("libgreet.so.1", greet.name());
        assertEquals("lib/libgreet.so.1", greet.libraries().get(0).path());
        assertEquals(64, greet.libraries().get(0).fingerprint().length());

        LtsRelease release = new LtsRoot(root).release("1.0");
        assertEquals(root.resolve("1.0"), release.path());
        assertEquals(ReleaseMode.OVERLAY, release.mode());
        assertEquals(List.of(root.resolve("1.0/lib")), release.libDirs());
        assertEquals(List.of(new Generation("1.0", 1, stored, true)), store.generations("1.0"));
        assertEquals(List.of("1.0"), store.releases());
    }

    @Test
    void adoptingAnIdenticalTreeAgainChangesNothing() throws IOException {
        AdoptResult first = store.adopt(tree, "1.0", Map.of());
        AdoptResult second = store.adopt(tree, "1.0", Map.of());
        assertFalse(second.changed());
        assertEquals(first.treeHash(), second.treeHash());
        assertEquals(first.generation(), second.generation());
        assertEquals(1, store.generations("1.0").size());
        try (Stream<Path> stored = Files.list(root.resolve(".store"))) {
            assertEquals(1, stored.filter(p -> !p.getFileName().toString().startsWith(".")).count());
        }
    }

    @Test
    void aChangedTreeIsANewGenerationAndRollbackReturnsToThePreviousOne() throws IOException {
        Generation first = store.adopt(tree, "1.0", Map.of()).generation();
        Files.writeString(tree.resolve("usr/include/greet.h"), "int greet(int);\n");
        Generation second = store.adopt(tree, "1.0", Map.of()).generation();
        assertEquals(2, second.number());
        assertEquals(second.tree(), root.resolve("1.0").toRealPath());
        assertEquals(List.of(1, 2), store.generations("1.0").stream().map(Generation::number).toList());
        assertTrue(Files.isSymbolicLink(root.resolve(".generations/1.0/1")));

        Generation back = store.rollback("1.0");
        assertEquals(1, back.number());
        assertEquals(first.tree(), root.resolve("1.0").toRealPath());
        assertEquals("int greet(void);\n", Files.readString(root.resolve("1.0/usr/include/greet.h")));
        assertEquals(List.of(new Generation("1.0", 1, first.tree(), true)), store.generations("1.0"));
        assertThrows(BaseException.class, () -> store.rollback("1.0"), "nothing before the first generation");
    }

    @Test
    void abiTagsArePartOfTheReleaseAndMustNameAComponent() throws IOException {
        AdoptResult plain = store.adopt(tree, "1.0", Map.of());
        AdoptResult tagged = store.adopt(tree, "1.0", Map.of("libgreet.so.1", "layout-2"));
        assertTrue(tagged.changed(), "the same files with a new ABI tag are a new generation");
        assertEquals("layout-2", LtsManifest.read(root.resolve("1.0")).orElseThrow().components().get(0).abiTag());
        BaseException e = assertThrows(BaseException.class, () -> store.adopt(tree, "1.0", Map.of("libnone", "1")));
        assertTrue(e.getMessage().contains("no component 'libnone'") && e.getMessage().contains("libgreet.so.1"), e.getMessage());
        assertEquals(2, store.generations("1.0").size());
        assertFalse(plain.treeHash().equals(tagged.treeHash()));
        try (Stream<Path> stored = Files.list(root.resolve(".store"))) {
            assertTrue(stored.noneMatch(p -> p.getFileName().toString().startsWith(".adopt-")), "no half import is left");
        }
    }

    @Test
    void aReleaseThatIsADirectoryIsNotReplacedAndNamesAreChecked() throws IOException {
        Files.createDirectories(root.resolve("1.0"));
        assertThrows(BaseException.class, () -> store.adopt(tree, "1.0", Map.of()));
        assertThrows(BaseException.class, () -> store.adopt(tree, "../x", Map.of()));
        assertThrows(BaseException.class, () -> store.adopt(tree, ".store", Map.of()));
    }

    static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }
}
