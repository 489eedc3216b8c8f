package org.ltsports.ports.bottle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.base.LtsManifest;
import org.ltsports.base.LtsRelease;
import org.ltsports.base.abi.ElfLinkage;
import org.ltsports.base.abi.KegFacts;
import org.ltsports.base.abi.NeededLibrary;
import org.ltsports.base.abi.Provider;

class ReleaseTagsTest {

    @TempDir
    Path dir;

    private static NeededLibrary needs(String soname, Provider provider, String from) {
        return new NeededLibrary(soname, provider, from, "/somewhere/" + soname, List.of());
    }

    private static KegFacts keg(List<String> baseComponents, NeededLibrary... needed) {
        ElfLinkage program = new ElfLinkage("bin/tool", null, false, List.of(), List.of(needed), List.of(), null);
        return new KegFacts("tool", List.of(), List.of(program), List.of(), baseComponents);
    }

    @Test
    void aManifestGivesEachComponentItsHandSetTagOrNone() throws Exception {
        Path release = Files.createDirectories(dir.resolve("1.0"));
        new LtsManifest("1.0", 1, "hash", "overlay", null, List.of("lib"), List.of(), List.of(), List.of(
                new LtsManifest.Component("libssl3", "3.0.11-1", "openssl-3", List.of()),
                new LtsManifest.Component("zlib1g", "1:1.2.13", null, List.of())), "2024-01-01T00:00:00Z").write(release);

        Map<String, String> tags = ReleaseTags.of(LtsRelease.read("1.0", release));

        assertEquals(Map.of("libssl3", "openssl-3", "zlib1g", ReleaseTags.NONE), tags);
        KegFacts facts = keg(List.of("zlib1g", "libc"), needs("libssl.so.3", Provider.BASE, "libssl3"),
                needs("libone.so.1", Provider.KEG, "libone"), needs("libm.so.6", Provider.HOST, "/lib"));
        assertEquals(Map.of("libssl3", "openssl-3", "zlib1g", ReleaseTags.NONE), ReleaseTags.usedBy(facts, tags),
                "what it loads from the release and the components its recipe names, not kegs or the host");
    }

    @Test
    void withoutAManifestEachLibraryFileIsAComponent() throws Exception {
        Path lib = Files.createDirectories(dir.resolve("2.0/lib"));
        Files.writeString(lib.resolve("libtally.so.1"), "not read");
        Files.writeString(lib.resolve("tally.h.txt"), "not a library");

        Map<String, String> tags = ReleaseTags.of(LtsRelease.read("2.0", lib.getParent()));

        assertEquals(Map.of("libtally.so.1", ReleaseTags.NONE), tags);
        assertEquals(Map.of("libtally.so.1", ReleaseTags.NONE),
                ReleaseTags.usedBy(keg(List.of("tally"), needs("libtally.so.1", Provider.BASE, "libtally.so.1")), tags));
    }
}
