package org.ltsports.ports.bottle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.Trees;
import org.ltsports.ports.bottle.Relocation.Kind;
import org.ltsports.ports.bottle.Relocation.Root;

/**
 * A keg built with gcc in prefix A is bottled, then poured into prefixes at other paths, where
 * its program runs: B is shorter than A, C longer.
 */
class BottleRoundTripTest {
    @TempDir
    Path temp;

    private Path prefixA() {
        return temp.resolve("prefix-aaaaaaaaaaaaaaaaaaaa");
    }

    private Path ltsA() {
        return temp.resolve("lts-a");
    }

    private LocalBottle bottle(boolean compiledInPath) throws Exception {
        Path keg = DemoKeg.install(prefixA(), ltsA(), temp.resolve("work"), compiledInPath);
        return new BottleWriter().write(keg, DemoKeg.facts(prefixA(), ltsA()), temp.resolve("bottles"));
    }

    /** Moves a staged keg into the prefix's Cellar and makes its opt link, as the install flow will. */
    static Path commit(Path staged, Path prefix) throws Exception {
        Path keg = prefix.resolve("Cellar/demo/1.0");
        Files.createDirectories(keg.getParent());
        Files.move(staged, keg);
        Files.createDirectories(prefix.resolve("opt"));
        Files.createSymbolicLink(prefix.resolve("opt/demo"), Path.of("../Cellar/demo/1.0"));
        return keg;
    }

    @Test
    void aBottleMadeInOnePrefixRunsFromAShorterPrefixAtAnotherPath() throws Exception {
        LocalBottle bottle = bottle(true);
        Path prefixB = temp.resolve("b");
        Path ltsB = temp.resolve("lts-bbbbbbbbbbbbbbb");
        DemoKeg.release(ltsB);
        Trees.delete(prefixA());
        Trees.delete(ltsA());

        Path staged = new BottlePourer().pour(bottle, temp.resolve("stage"), prefixB, ltsB);
        Path keg = commit(staged, prefixB);

        String program = keg.resolve("bin/demo").toString();
        assertEquals(DemoKeg.GREETING + "\n" + prefixB.resolve("share/locale") + "\n", Run.output(temp, program));
        String dynamic = Run.output(temp, "readelf", "-d", program);
        assertTrue(dynamic.contains("Library rpath: [" + prefixB.resolve("opt/demo/lib") + ":" + ltsB.resolve("1.0/lib") + "]"),
                dynamic);
        assertFalse(dynamic.contains("RUNPATH"), dynamic);
        assertTrue(Run.output(temp, "readelf", "-l", program)
                .contains("[Requesting program interpreter: " + ltsB.resolve("1.0/lib64") + "/"));
        assertEquals("prefix=" + prefixB.resolve("opt/demo"),
                Files.readAllLines(keg.resolve("lib/pkgconfig/demo.pc")).get(0));
        assertEquals("demo lives in " + prefixB + "/opt/demo and uses " + ltsB.resolve("1.0") + "\n",
                Files.readString(keg.resolve("share/doc/demo/README")));
    }

    @Test
    void aBottleServedOverHttpIsChosenPouredAndRunsInAnotherPrefix() throws Exception {
        LocalBottle bottle = bottle(true);
        BottleIndex.write(bottle.tarball().getParent());
        Path prefixB = temp.resolve("b");
        Trees.delete(prefixA());
        try (DirectoryServer server = new DirectoryServer(bottle.tarball().getParent())) {
            BottleRoot root = BottleRoot.open(server.root(), temp.resolve("cache"));
            Map<String, String> tags = Map.of("libc", "glibc-2.36");
            BottleEntry entry = root.find("demo", "1.0", DemoKeg.RELEASE, BottleName.hostArch()).orElseThrow();
            assertEquals("built for lts-1.0; this prefix pins 2.0",
                    BottleMatch.check(entry, PourTarget.of("2.0", tags, prefixB, ltsA())).reason());
            assertTrue(BottleMatch.check(entry, PourTarget.of(DemoKeg.RELEASE, tags, prefixB, ltsA())).pourable());

            Path keg = commit(new BottlePourer().pour(root.fetch(entry), temp.resolve("stage"), prefixB, ltsA()), prefixB);

            assertEquals(DemoKeg.GREETING + "\n" + prefixB.resolve("share/locale") + "\n",
                    Run.output(temp, keg.resolve("bin/demo").toString()));
        }
    }

    @Test
    void pouringKeepsFileModesAndSymlinks() throws Exception {
        LocalBottle bottle = bottle(true);
        Path keg = prefixA().resolve("Cellar/demo/1.0");

        Path staged = new BottlePourer().pour(bottle, temp.resolve("stage"), temp.resolve("b"), ltsA());

        for (String file : List.of("bin/demo", "lib/libdemo.so.1", "lib/pkgconfig/demo.pc", "share/doc/demo/README")) {
            assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(keg.resolve(file))),
                    PosixFilePermissions.toString(Files.getPosixFilePermissions(staged.resolve(file))), file);
        }
        assertEquals("r--r--r--", PosixFilePermissions.toString(
                Files.getPosixFilePermissions(staged.resolve("share/doc/demo/README"))));
        assertEquals(Path.of("libdemo.so.1"), Files.readSymbolicLink(staged.resolve("lib/libdemo.so")));
    }

    @Test
    void aLongerPrefixIsRefusedWhenABinaryHasTheOldPathCompiledIn() throws Exception {
        LocalBottle bottle = bottle(true);
        Path prefixC = temp.resolve("prefix-cccccccccccccccccccccccccccccc");
        Path stage = Files.createDirectories(temp.resolve("stage"));

        PortsException e = assertThrows(PortsException.class,
                () -> new BottlePourer().pour(bottle, stage, prefixC, ltsA()));

        assertEquals(PortsException.REFUSED, e.exitCode());
        assertTrue(e.getMessage().endsWith("built in a prefix of " + prefixA().toString().length()
                + " characters; this prefix has " + prefixC.toString().length() + ": build from source"), e.getMessage());
        try (Stream<Path> left = Files.list(stage)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void aBottleWithoutCompiledInPathsPoursIntoALongerPrefix() throws Exception {
        LocalBottle bottle = bottle(false);
        Path prefixC = temp.resolve("prefix-cccccccccccccccccccccccccccccc");
        Trees.delete(prefixA());
        assertTrue(bottle.sidecar().embedded(Root.PREFIX).isEmpty());

        Path keg = commit(new BottlePourer().pour(bottle, temp.resolve("stage"), prefixC, ltsA()), prefixC);

        assertEquals(DemoKeg.GREETING + "\n", Run.output(temp, keg.resolve("bin/demo").toString()));
        assertTrue(Run.output(temp, "readelf", "-d", keg.resolve("bin/demo").toString())
                .contains("Library rpath: [" + prefixC.resolve("opt/demo/lib") + ":"));
    }

    @Test
    void theSidecarRecordsEveryRelocation() throws Exception {
        LocalBottle b = bottle(true);
        BottleSidecar sidecar = BottleSidecar.read(b.sidecarFile());

        assertEquals(prefixA().toString(), sidecar.prefix());
        assertEquals(ltsA().toString(), sidecar.ltsRoot());
        assertEquals(List.of("zlib"), sidecar.runtimeDependencies());
        assertEquals("glibc-2.36", sidecar.abiTags().get("libc"));
        assertTrue(sidecar.relocations().contains(Relocation.elf(Kind.RPATH, "bin/demo",
                prefixA() + "/opt/demo/lib:" + ltsA() + "/1.0/lib", "@@PORTS_PREFIX@@/opt/demo/lib:@@PORTS_LTS_ROOT@@/1.0/lib")),
                sidecar.relocations().toString());
        assertTrue(sidecar.relocations().stream().anyMatch(r -> r.kind() == Kind.INTERPRETER && r.file().equals("bin/demo")
                && r.to().startsWith("@@PORTS_LTS_ROOT@@/1.0/lib64/")));
        assertTrue(sidecar.relocations().contains(Relocation.text("lib/pkgconfig/demo.pc", 2)));
        assertTrue(sidecar.relocations().contains(Relocation.text("share/doc/demo/README", 2)));
        List<Relocation> embedded = sidecar.embedded(Root.PREFIX);
        assertEquals(1, embedded.size(), embedded.toString());
        assertEquals("bin/demo", embedded.get(0).file());
        assertEquals(1, embedded.get(0).count());
        assertEquals(List.of(), sidecar.embedded(Root.LTS_ROOT), "patchelf left no old path behind");
    }

    @Test
    void theBottleHoldsPlaceholdersUnderTheKegsTopDirectoryWithFixedTimesAndOwners() throws Exception {
        LocalBottle bottle = bottle(true);
        Map<String, TarArchiveEntry> entries = new LinkedHashMap<>();
        Path raw = Files.createDirectories(temp.resolve("raw"));
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new GzipCompressorInputStream(Files.newInputStream(bottle.tarball())))) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                entries.put(e.getName(), e);
                if (e.isFile()) {
                    Path file = raw.resolve(e.getName().replace('/', '_'));
                    Files.copy(tar, file);
                }
            }
        }

        assertEquals(List.of("demo/", "demo/1.0/", "demo/1.0/bin/", "demo/1.0/bin/demo"),
                entries.keySet().stream().limit(4).toList());
        for (TarArchiveEntry e : entries.values()) {
            assertEquals(BottleTar.FIXED_MTIME_MILLIS, e.getModTime().getTime(), e.getName());
            assertEquals(0, e.getLongUserId());
            assertEquals(0, e.getLongGroupId());
        }
        assertEquals("libdemo.so.1", entries.get("demo/1.0/lib/libdemo.so").getLinkName());
        assertTrue(Files.readString(raw.resolve("demo_1.0_lib_pkgconfig_demo.pc")).startsWith("prefix=@@PORTS_PREFIX@@/opt/demo\n"));
        ElfLinkage bottled = new PatchelfPaths().read(raw.resolve("demo_1.0_bin_demo")).orElseThrow();
        assertEquals("@@PORTS_PREFIX@@/opt/demo/lib:@@PORTS_LTS_ROOT@@/1.0/lib", bottled.searchPath().orElseThrow());
        assertFalse(bottled.runpath());
        assertTrue(bottled.interpreter().orElseThrow().startsWith("@@PORTS_LTS_ROOT@@/1.0/lib64/"));
    }

    @Test
    void theSameKegMakesTheSameBottleAndIsNotChangedByBottling() throws Exception {
        Path keg = DemoKeg.install(prefixA(), ltsA(), temp.resolve("work"), true);
        byte[] program = Files.readAllBytes(keg.resolve("bin/demo"));
        KegFacts facts = DemoKeg.facts(prefixA(), ltsA());

        LocalBottle first = new BottleWriter().write(keg, facts, temp.resolve("one"));
        LocalBottle second = new BottleWriter().write(keg, facts, temp.resolve("two"));

        assertEquals(first.sidecar().sha256(), second.sidecar().sha256());
        assertEquals(Files.readString(first.sidecarFile()), Files.readString(second.sidecarFile()));
        assertEquals("demo--1.0.lts-1.0." + BottleName.hostArch() + ".bottle.tar.gz", first.tarball().getFileName().toString());
        assertTrue(java.util.Arrays.equals(program, Files.readAllBytes(keg.resolve("bin/demo"))));
        try (Stream<Path> left = Files.list(temp.resolve("one"))) {
            assertEquals(2, left.count(), "the bottle and its sidecar, no work files");
        }
    }

    @Test
    void aTamperedBottleIsRefusedAndLeavesNothingInStaging() throws Exception {
        LocalBottle bottle = bottle(true);
        byte[] bytes = Files.readAllBytes(bottle.tarball());
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(bottle.tarball(), bytes);
        Path stage = Files.createDirectories(temp.resolve("stage"));

        PortsException e = assertThrows(PortsException.class,
                () -> new BottlePourer().pour(bottle, stage, temp.resolve("b"), ltsA()));

        assertEquals(PortsException.INTEGRITY, e.exitCode());
        assertTrue(e.getMessage().contains("damaged or was tampered with"), e.getMessage());
        assertFalse(Files.exists(stage.resolve("demo"), LinkOption.NOFOLLOW_LINKS));
    }
}
