package org.ltsports.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The upgrade cycle on real builds: a library (libhi) and a program using it (usehi); new versions
 * of their recipes; outdated, upgrade (dependents re-checked on linkage facts), a failing upgrade,
 * cleanup and autoremove.
 */
class UpgradeIT {

    private static final String USEHI = "[depends]\nports = [\"libhi\"]\n\n[build]\nsystem = \"make\"\n\n"
            + "[test]\nrun = \"{prefix}/bin/usehi\"\nexpect = \"usehi: \"\n";

    @TempDir
    Path dir;

    private Launcher ports;
    private Path src;

    @BeforeEach
    void setUp() throws Exception {
        ports = new Launcher(dir);
        Fixtures.ltsRelease(ports.ltsRoot(), "1.0");
        src = Files.createDirectories(dir.resolve("src"));
        libhi("1.0", "hi_text", "hi 1.0");
        usehi("1.0", false);
        Launcher.Result install = ports.run("install", "usehi");
        assertEquals(0, install.exit(), install.toString());
        assertEquals("usehi: hi 1.0\n", usehi());
    }

    private void libhi(String version, String symbol, String text) throws Exception {
        Path tarball = Fixtures.tarball(Projects.libhi(src, version, symbol, text));
        Fixtures.recipe(ports.recipes(), "libhi", version, tarball.toUri().toString(), Fixtures.sha256(tarball),
                "[build]\nsystem = \"make\"\n");
    }

    private void usehi(String version, boolean broken) throws Exception {
        Path tarball = Fixtures.tarball(Projects.usehi(src, version, broken));
        Fixtures.recipe(ports.recipes(), "usehi", version, tarball.toUri().toString(), Fixtures.sha256(tarball), USEHI);
    }

    private String usehi() throws Exception {
        return ports.exec(List.of(ports.prefix().resolve("bin/usehi").toString())).out();
    }

    private FileTime builtAt(String file) throws Exception {
        return Files.getLastModifiedTime(ports.prefix().resolve(file).toRealPath());
    }

    @Test
    void aLibraryUpgradeThatKeepsItsInterfaceLeavesTheDependentAsItIs() throws Exception {
        assertEquals("", ports.run("outdated").out());
        libhi("1.1", "hi_text", "hi 1.1");
        Launcher.Result outdated = ports.run("outdated");
        assertEquals("libhi 1.0 < 1.1\n", outdated.out(), outdated.toString());
        assertTrue(ports.run("outdated", "--json").out().contains("\"current_version\": \"1.1\""));
        Launcher.Result dryRun = ports.run("upgrade", "--dry-run");
        assertEquals("Would upgrade libhi 1.0 -> 1.1: build\n", dryRun.out(), dryRun.toString());
        assertTrue(Files.isDirectory(ports.prefix().resolve("Cellar/libhi/1.0")), "a dry run changes nothing");
        FileTime usehiBuilt = builtAt("bin/usehi");

        Launcher.Result upgrade = ports.run("upgrade");
        assertEquals(0, upgrade.exit(), upgrade.toString());
        assertEquals("libhi 1.1\n", upgrade.out());
        assertFalse(upgrade.err().contains("Rebuilding"), upgrade.err());
        assertEquals("usehi: hi 1.1\n", usehi(), "the dependent runs on the new library");
        assertEquals(usehiBuilt, builtAt("bin/usehi"), "the dependent was not rebuilt");
        try (var kegs = Files.list(ports.prefix().resolve("Cellar/libhi"))) {
            assertEquals(List.of("1.1"), kegs.map(p -> p.getFileName().toString()).toList(),
                    "the old keg is gone once the new one is linked");
        }
        assertEquals(Path.of("../Cellar/libhi/1.1"), Files.readSymbolicLink(ports.prefix().resolve("opt/libhi")));
        assertEquals("usehi 1.0\n", ports.run("list", "--on-request").out(), "libhi stays a dependency");
        assertEquals("", ports.run("outdated").out());
        Launcher.Result again = ports.run("upgrade");
        assertEquals(0, again.exit(), again.toString());
        assertTrue(again.err().contains("Every installed keg is up to date"), again.err());
    }

    @Test
    void aLibraryUpgradeThatDropsASymbolTheDependentUsesRebuildsTheDependent() throws Exception {
        libhi("2.0", "hi_text2", "hi 2.0");
        FileTime usehiBuilt = builtAt("bin/usehi");

        Launcher.Result upgrade = ports.run("upgrade", "libhi");
        assertEquals(0, upgrade.exit(), upgrade.toString());
        assertTrue(upgrade.err().contains("==> Rebuilding usehi: bin/usehi needs hi_text (libhi.so.1), absent from the"
                + " new build of libhi"), upgrade.err());
        assertEquals(List.of("libhi 2.0", "usehi 1.0"), upgrade.out().lines().toList());
        assertEquals("usehi: hi 2.0\n", usehi());
        assertFalse(usehiBuilt.equals(builtAt("bin/usehi")), "the dependent was rebuilt");
        String symbols = ports.exec(List.of("nm", "-D", ports.prefix().resolve("bin/usehi").toRealPath().toString())).out();
        assertTrue(symbols.lines().anyMatch(l -> l.endsWith(" hi_text2"))
                && symbols.lines().noneMatch(l -> l.endsWith(" hi_text")), "rebuilt against libhi 2.0: " + symbols);
        assertEquals(0, ports.run("doctor").exit());
    }

    @Test
    void anUpgradeFailingMidWayLeavesEveryKegAndLinkAsBefore() throws Exception {
        PrefixState before = PrefixState.of(ports.prefix());
        libhi("1.1", "hi_text", "hi 1.1");
        usehi("1.1", true);
        assertEquals(List.of("libhi 1.0 < 1.1", "usehi 1.0 < 1.1"), ports.run("outdated").out().lines().toList());

        Launcher.Result upgrade = ports.run("upgrade");
        assertEquals(1, upgrade.exit(), upgrade.toString());
        String log = upgrade.err();
        assertTrue(log.indexOf("Installing libhi 1.1") < log.indexOf("Installing usehi 1.1"), "libhi was put in place first: " + log);
        assertTrue(log.contains("The upgrade was rolled back"), log);
        assertEquals(before, PrefixState.of(ports.prefix()));
        assertEquals("usehi: hi 1.0\n", usehi());
        assertTrue(Files.exists(ports.prefix().resolve("var/ports/logs/usehi")), "the failing build's logs are kept");
    }

    @Test
    void cleanupRemovesWhatNothingNamesAndAutoremoveTheDependenciesNothingNeeds() throws Exception {
        libhi("1.1", "hi_text", "hi 1.1");
        assertEquals(0, ports.run("upgrade").exit());
        Path strayKeg = Files.createDirectories(ports.prefix().resolve("Cellar/libhi/0.9/lib"));
        Files.writeString(strayKeg.resolve("libhi.so.1"), "old");
        Path oldLogs = Files.createDirectories(ports.prefix().resolve("var/ports/logs/gone"));
        Files.writeString(oldLogs.resolve("01.make"), "a log of a keg that is not installed");
        Path leftover = Files.createDirectories(ports.prefix().resolve("var/ports/tmp/crashed-1234"));
        Path oldSource = Files.list(dir.resolve("cache")).filter(p -> p.toString().endsWith("libhi-1.0.tar.gz"))
                .findFirst().orElseThrow();
        List<Path> removed = List.of(strayKeg.getParent(), oldSource, oldLogs, leftover);

        Launcher.Result dryRun = ports.run("cleanup", "--dry-run");
        assertEquals(0, dryRun.exit(), dryRun.toString());
        assertEquals(removed.stream().map(p -> "Would remove " + p).toList(),
                dryRun.out().lines().map(l -> l.replaceAll(" \\(.*\\)$", "")).toList());
        assertTrue(removed.stream().allMatch(Files::exists), "a dry run removes nothing");

        Launcher.Result cleanup = ports.run("cleanup");
        assertEquals(0, cleanup.exit(), cleanup.toString());
        assertTrue(removed.stream().noneMatch(Files::exists), cleanup.toString());
        assertTrue(Files.isDirectory(ports.prefix().resolve("Cellar/libhi/1.1")), "the installed keg stays");
        assertEquals("usehi: hi 1.1\n", usehi());
        assertEquals("", ports.run("cleanup").out(), "nothing is left to clean up");

        Launcher.Result nothing = ports.run("autoremove", "--dry-run");
        assertEquals("", nothing.out(), "usehi, installed on request, needs libhi");
        assertEquals(0, ports.run("uninstall", "usehi").exit());
        Launcher.Result autoremoveDry = ports.run("autoremove", "--dry-run");
        assertEquals("Would uninstall libhi 1.1\n", autoremoveDry.out(), autoremoveDry.toString());
        Launcher.Result autoremove = ports.run("autoremove");
        assertEquals(0, autoremove.exit(), autoremove.toString());
        assertEquals("", ports.run("list").out());
        assertEquals(List.of(), Fixtures.listing(ports.prefix().resolve("Cellar")));
    }
}
