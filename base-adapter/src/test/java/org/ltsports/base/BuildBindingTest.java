package org.ltsports.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildBindingTest {

    @TempDir
    Path dir;

    @Test
    void anOverlayAddsItsDirectoriesAndRecordsThemAsDtRpath() throws IOException {
        Path tree = dir.resolve("1.0");
        Files.createDirectories(tree.resolve("lib/pkgconfig"));
        Files.createDirectories(tree.resolve("include"));
        BuildBinding binding = BuildBinding.of(LtsRelease.probe("1.0", tree), dir.resolve("work"), Path.of("/gcc"));
        assertEquals(List.of("-I" + tree.resolve("include")), binding.cppFlags());
        assertEquals(List.of("-L" + tree.resolve("lib"),
                "-Wl,--disable-new-dtags,-rpath," + tree.resolve("lib")), binding.ldFlags());
        assertEquals(tree.resolve("lib/pkgconfig").toString(), binding.env().get("PKG_CONFIG_PATH"));
    }

    @Test
    void aSysrootReplacesTheHostWithAllFourMeasures() throws IOException {
        Path tree = dir.resolve("2.0");
        Path lib = Files.createDirectories(tree.resolve("lib64"));
        Files.writeString(lib.resolve("libc.so.6"), "");
        Files.writeString(lib.resolve("ld-linux-x86-64.so.2"), "");
        BuildBinding binding = BuildBinding.of(LtsRelease.probe("2.0", tree), dir.resolve("work"), Path.of("/gcc"));
        Path specs = dir.resolve("work/lts-2.0.specs");
        assertEquals(List.of("--sysroot=" + tree, "-B" + lib + "/", "-specs=" + specs), binding.cFlags());
        assertTrue(binding.ldFlags().contains("-Wl,--dynamic-linker=" + lib.resolve("ld-linux-x86-64.so.2")));
        assertTrue(binding.ldFlags().contains("-Wl,--disable-new-dtags,-rpath," + lib));
        assertEquals("*link_libgcc:\n-L/gcc -L" + lib + "\n\n", Files.readString(specs));
        assertEquals(tree.toString(), binding.env().get("PKG_CONFIG_SYSROOT_DIR"));
    }
}
