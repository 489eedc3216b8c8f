package org.ltsports.base.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.base.Gcc;
import org.ltsports.base.LtsManifest;
import org.ltsports.base.LtsRelease;
import org.ltsports.base.LtsRoot;
import org.ltsports.base.ReleaseMode;

/** A small Debian-like sysroot with the host's libc and loader, a dpkg database, and a library no package owns. */
class ReleaseSurveyTest {

    @TempDir
    Path dir;

    @Test
    void aSysrootWithADpkgDatabaseHasOneComponentPerInstalledPackage() throws IOException {
        Path tree = debianTree();
        LtsStore store = new LtsStore(new LtsRoot(dir.resolve("lts")));
        store.adopt(tree, "1.0", Map.of("libfoo-dev", "struct-v2"));
        LtsManifest manifest = LtsManifest.read(dir.resolve("lts/1.0")).orElseThrow();
        assertEquals("sysroot", manifest.mode());
        assertEquals("lib64/ld-linux-x86-64.so.2", manifest.loader());
        assertEquals(List.of("lib/x86_64-linux-gnu", "lib64", "lib"), manifest.libDirs());
        assertEquals(List.of("usr/include"), manifest.includeDirs());
        Map<String, LtsManifest.Component> components = manifest.components().stream()
                .collect(Collectors.toMap(LtsManifest.Component::name, c -> c));
        assertEquals(List.of("libc6", "libextra.so.4", "libfoo-dev", "libfoo1"), manifest.components().stream()
                .map(LtsManifest.Component::name).toList(), "installed packages and the unowned library, not oldpkg");
        assertEquals(List.of("ld-linux-x86-64.so.2", "libc.so.6"), components.get("libc6").libraries().stream()
                .map(LtsManifest.Library::soname).sorted().toList());
        assertEquals("2.36-9+deb12u4", components.get("libc6").version());
        LtsManifest.Library foo = components.get("libfoo1").libraries().get(0);
        assertEquals("libfoo.so.1", foo.soname());
        assertEquals("lib/x86_64-linux-gnu/libfoo.so.1", foo.path(), "the entry the loader finds, by SONAME");
        assertEquals("1.2.3-1", components.get("libfoo1").version());
        assertEquals("struct-v2", components.get("libfoo-dev").abiTag());
        assertNull(components.get("libfoo1").abiTag());
        assertEquals("4", components.get("libextra.so.4").version());

        LtsRelease release = new LtsRoot(dir.resolve("lts")).release("1.0");
        assertEquals(ReleaseMode.SYSROOT, release.mode());
        assertEquals(dir.resolve("lts/1.0/lib64/ld-linux-x86-64.so.2"), release.loader());
    }

    @Test
    void theAdoptedTreeWorksFromOutsideWithoutChroot() throws IOException {
        new LtsStore(new LtsRoot(dir.resolve("lts"))).adopt(debianTree(), "1.0", Map.of());
        Path release = dir.resolve("lts/1.0");
        String output = Gcc.run(dir, List.of(release.resolve("lib64/ld-linux-x86-64.so.2").toString(),
                "--library-path", release.resolve("lib/x86_64-linux-gnu").toString(), "/bin/echo", "from the store"));
        assertEquals("from the store\n", output, "the loader's absolute link now resolves inside the store");
    }

    @Test
    void aTreeWithoutPackageDatabaseHasOneComponentPerSoname() throws IOException {
        Path tree = dir.resolve("plain");
        Path lib = Files.createDirectories(tree.resolve("lib"));
        Gcc.sharedLibrary(lib, "libone.so.1", "int one(void) { return 1; }\n", null);
        Gcc.sharedLibrary(lib, "libtwo.so.2", "int two(void) { return 2; }\n", null);
        Files.writeString(lib.resolve("libc.so"), "/* GNU ld script */\nGROUP ( libc.so.6 )\n");
        LtsManifest manifest = ReleaseSurvey.survey(tree, "1.0", 1, "h", Map.of());
        assertEquals(List.of("libone.so.1", "libtwo.so.2"), manifest.components().stream().map(LtsManifest.Component::name).toList());
        assertTrue(manifest.components().stream().allMatch(c -> c.libraries().size() == 1));
        assertEquals("overlay", manifest.mode());
        assertNull(manifest.loader());
    }

    private Path debianTree() throws IOException {
        Path tree = dir.resolve("debian");
        Path multiarch = Files.createDirectories(tree.resolve("usr/lib/x86_64-linux-gnu"));
        Files.createSymbolicLink(tree.resolve("lib"), Path.of("usr/lib"));
        Files.copy(Path.of("/lib/x86_64-linux-gnu/libc.so.6"), multiarch.resolve("libc.so.6"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(Path.of("/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2"), multiarch.resolve("ld-linux-x86-64.so.2"),
                StandardCopyOption.COPY_ATTRIBUTES);
        Files.createDirectories(tree.resolve("lib64"));
        Files.createSymbolicLink(tree.resolve("lib64/ld-linux-x86-64.so.2"), Path.of("/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2"));
        Path built = Gcc.sharedLibrary(dir.resolve("build"), "libfoo.so.1", "int foo(void) { return 1; }\n", null);
        Files.copy(built, multiarch.resolve("libfoo.so.1.2.3"));
        Files.createSymbolicLink(multiarch.resolve("libfoo.so.1"), Path.of("libfoo.so.1.2.3"));
        Gcc.sharedLibrary(dir.resolve("build"), "libextra.so.4", "int extra(void) { return 4; }\n", null);
        Files.copy(dir.resolve("build/libextra.so.4"), multiarch.resolve("libextra.so.4"));
        Files.createDirectories(tree.resolve("usr/include"));
        Files.writeString(tree.resolve("usr/include/foo.h"), "struct foo { int a; };\n");
        Path info = Files.createDirectories(tree.resolve("var/lib/dpkg/info"));
        Files.writeString(tree.resolve("var/lib/dpkg/status"), DpkgStatusTest.fixture());
        Files.writeString(info.resolve("libc6:amd64.list"), "/.\n/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2\n"
                + "/lib/x86_64-linux-gnu/libc.so.6\n/lib64/ld-linux-x86-64.so.2\n");
        Files.writeString(info.resolve("libfoo1.list"), "/usr/lib/x86_64-linux-gnu/libfoo.so.1.2.3\n"
                + "/usr/lib/x86_64-linux-gnu/libfoo.so.1\n");
        Files.writeString(info.resolve("libfoo-dev.list"), "/usr/include/foo.h\n");
        return tree;
    }
}
