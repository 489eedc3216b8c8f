package org.ltsports.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Link, unlink, reinstall, offline installs from the cache, doctor: the keg's life after install. */
class LifecycleIT {

    @TempDir
    Path dir;

    private Launcher ports;
    private Path src;

    @BeforeEach
    void setUp() throws Exception {
        ports = new Launcher(dir);
        Fixtures.ltsRelease(ports.ltsRoot(), "1.0");
        src = Files.createDirectories(dir.resolve("src"));
    }

    private Path scriptRecipe(String name, String url) throws Exception {
        Path tarball = Fixtures.tarball(Projects.script(src, name, name + " runs"));
        Fixtures.recipe(ports.recipes(), name, url != null ? url : tarball.toUri().toString(),
                Fixtures.sha256(tarball), "[build]\nsystem = \"make\"\n\n[test]\nrun = \"{prefix}/bin/" + name
                        + "\"\nexpect = \"" + name + " runs\"\n");
        return tarball;
    }

    @Test
    void unlinkAndLinkWithDryRunsFirst() throws Exception {
        scriptRecipe("tool", null);
        assertEquals(0, ports.run("install", "tool").exit());
        Path link = ports.prefix().resolve("bin/tool");

        Launcher.Result dryUnlink = ports.run("unlink", "--dry-run", "tool");
        assertEquals("Would remove bin/tool\n", dryUnlink.out(), dryUnlink.toString());
        assertTrue(Files.isSymbolicLink(link), "a dry run removes nothing");

        assertEquals(0, ports.run("unlink", "tool").exit());
        assertFalse(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS));
        assertTrue(Files.isDirectory(ports.prefix().resolve("Cellar/tool/1.0")), "the keg stays");
        assertTrue(ports.run("info", "tool").out().contains("not linked"));

        Launcher.Result dryLink = ports.run("link", "--dry-run", "tool");
        assertEquals("Would link bin/tool -> ../Cellar/tool/1.0/bin/tool\n", dryLink.out(), dryLink.toString());
        assertEquals(0, ports.run("link", "tool").exit());
        assertEquals("tool runs\n", ports.exec(List.of(link.toString())).out());
    }

    @Test
    void reinstallBuildsAgainAndReplacesTheKeg() throws Exception {
        scriptRecipe("tool", null);
        assertEquals(0, ports.run("install", "tool").exit());
        Path keg = ports.prefix().resolve("Cellar/tool/1.0/bin/tool");
        Files.writeString(keg, "#!/bin/sh\necho damaged\n");

        Launcher.Result again = ports.run("install", "tool");
        assertEquals(0, again.exit(), again.toString());
        assertTrue(again.err().contains("already installed"), again.err());
        assertEquals("damaged\n", ports.exec(List.of(keg.toString())).out(), "install keeps an installed keg");

        Launcher.Result reinstall = ports.run("reinstall", "tool");
        assertEquals(0, reinstall.exit(), reinstall.toString());
        assertEquals("tool runs\n", ports.exec(List.of(ports.prefix().resolve("bin/tool").toString())).out());
        assertEquals(List.of(), Fixtures.listing(ports.prefix().resolve("var/ports/tmp")), "no work directory is left");
    }

    @Test
    void aFileAddedToTheCacheInstallsWithoutTheNetwork() throws Exception {
        Path tarball = scriptRecipe("offline", "http://127.0.0.1:9/offline-1.0.tar.gz");
        Launcher.Result unreachable = ports.run("fetch", "offline");
        assertEquals(1, unreachable.exit(), unreachable.toString());
        assertTrue(unreachable.err().contains("ports cache add"), unreachable.err());

        Launcher.Result added = ports.run("cache", "add", tarball.toString());
        assertEquals(0, added.exit(), added.toString());
        assertTrue(added.out().startsWith("offline " + dir.resolve("cache")), added.out());

        Launcher.Result install = ports.run("install", "offline");
        assertEquals(0, install.exit(), install.toString());
        assertEquals("offline runs\n", ports.exec(List.of(ports.prefix().resolve("bin/offline").toString())).out());

        Path stranger = Files.writeString(dir.resolve("stranger.tar.gz"), "not a source of any recipe");
        Launcher.Result refused = ports.run("cache", "add", stranger.toString());
        assertEquals(4, refused.exit(), refused.toString());
    }

    @Test
    void aBuildThatInstallsIntoTheCellarItselfIsRefusedAndCleanedUp() throws Exception {
        Path project = Fixtures.project(src, "rogue", "1.0", Map.of("Makefile", String.join("\n",
                "PREFIX ?= /usr/local",
                "all:",
                "\tmkdir -p $(PREFIX)/bin && echo rogue > $(PREFIX)/bin/rogue",
                "install:",
                "\tmkdir -p $(DESTDIR)$(PREFIX)/bin && echo rogue > $(DESTDIR)$(PREFIX)/bin/rogue", "")));
        Path tarball = Fixtures.tarball(project);
        Fixtures.recipe(ports.recipes(), "rogue", tarball.toUri().toString(), Fixtures.sha256(tarball),
                "[build]\nsystem = \"make\"\n");
        Launcher.Result result = ports.run("install", "rogue");
        assertEquals(1, result.exit(), result.toString());
        if (Bubblewrap.works()) {
            assertTrue(result.err().contains("Read-only file system"), "the sandbox stops the write: " + result.err());
        } else {
            assertTrue(result.err().contains("wrote into " + ports.prefix().resolve("Cellar/rogue/1.0")), result.err());
        }
        assertEquals(List.of(), Fixtures.listing(ports.prefix().resolve("Cellar")));
        assertTrue(Files.exists(ports.prefix().resolve("var/ports/logs/rogue/01.make")), "the logs are kept");
    }

    @Test
    void doctorFindsABrokenLinkAndAKegWithoutReceipt() throws Exception {
        scriptRecipe("tool", null);
        assertEquals(0, ports.run("install", "tool").exit());
        Files.createSymbolicLink(ports.prefix().resolve("bin/dangling"), Path.of("../Cellar/gone/1.0/bin/gone"));
        Files.createDirectories(ports.prefix().resolve("Cellar/stray/2.0"));
        Launcher.Result doctor = ports.run("doctor");
        assertEquals(1, doctor.exit(), doctor.toString());
        assertTrue(doctor.out().contains("bin/dangling"), doctor.out());
        assertTrue(doctor.out().contains("Cellar/stray/2.0"), doctor.out());
    }

    @Test
    void aFailingRecipeTestLeavesThePrefixAsBefore() throws Exception {
        Path tarball = Fixtures.tarball(Projects.script(src, "liar", "something else"));
        Fixtures.recipe(ports.recipes(), "liar", tarball.toUri().toString(), Fixtures.sha256(tarball),
                "[build]\nsystem = \"make\"\n\n[test]\nrun = \"{prefix}/bin/liar\"\nexpect = \"the truth\"\n");
        Launcher.Result result = ports.run("install", "liar");
        assertEquals(1, result.exit(), result.toString());
        assertTrue(result.err().contains("did not print \"the truth\""), result.err());
        assertEquals(List.of(), Fixtures.listing(ports.prefix().resolve("Cellar")));
        assertEquals(List.of(), Fixtures.listing(ports.prefix().resolve("opt")));
        assertEquals("", ports.run("list").out());
    }
}
