package org.ltsports.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input gets a clear error, the right exit code, and changes nothing. */
class RefusalsIT {

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

    private void scriptRecipe(String name, String sha256Override) throws Exception {
        Path tarball = Fixtures.tarball(Projects.script(src, name, name + " runs"));
        Fixtures.recipe(ports.recipes(), name, tarball.toUri().toString(),
                sha256Override != null ? sha256Override : Fixtures.sha256(tarball), "[build]\nsystem = \"make\"\n");
    }

    @Test
    void aChecksumMismatchIsAnIntegrityErrorAndLeavesNothing() throws Exception {
        scriptRecipe("tampered", "0".repeat(64));
        Launcher.Result result = ports.run("install", "tampered");
        assertEquals(4, result.exit(), result.toString());
        assertTrue(result.err().contains("checksum mismatch"), result.err());
        assertEquals(List.of(), Fixtures.listing(ports.prefix().resolve("Cellar")));
        assertTrue(Fixtures.listing(dir.resolve("cache")).stream().noneMatch(f -> f.contains("tampered")),
                "the bad download is not kept: " + Fixtures.listing(dir.resolve("cache")));
    }

    @Test
    void aMalformedRecipeIsRefusedNamingFileLineAndField() throws Exception {
        Files.createDirectories(ports.recipes());
        Files.writeString(ports.recipes().resolve("broken.toml"), String.join("\n",
                "name = \"broken\"", "version = 2", "summary = \"a broken recipe\"", "",
                "[source]", "url = \"https://example.org/broken.tar.gz\"", "sha256 = \"" + "a".repeat(64) + "\"", ""));
        Launcher.Result result = ports.run("install", "broken");
        assertEquals(1, result.exit(), result.toString());
        assertTrue(result.err().contains("broken.toml:2: version:"), result.err());
        assertFalse(Files.exists(ports.prefix()), "nothing is created for a refused recipe");
    }

    @Test
    void aTarballWithParentEntriesIsRefused() throws Exception {
        Path tarball = src.resolve("escape-1.0.tar.gz");
        try (OutputStream file = Files.newOutputStream(tarball);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(file))) {
            byte[] body = "escaped\n".getBytes(StandardCharsets.UTF_8);
            TarArchiveEntry entry = new TarArchiveEntry("escape-1.0/../../escaped.txt", true);
            entry.setSize(body.length);
            tar.putArchiveEntry(entry);
            tar.write(body);
            tar.closeArchiveEntry();
        }
        Fixtures.recipe(ports.recipes(), "escape", tarball.toUri().toString(), Fixtures.sha256(tarball),
                "[build]\nsystem = \"make\"\n");
        Launcher.Result result = ports.run("install", "escape");
        assertEquals(4, result.exit(), result.toString());
        assertTrue(result.err().contains(".."), result.err());
        assertEquals(List.of(), Fixtures.listing(ports.prefix().resolve("Cellar")));
        try (var all = Files.walk(dir)) {
            assertTrue(all.noneMatch(p -> p.getFileName().toString().equals("escaped.txt")), "nothing escaped");
        }
    }

    @Test
    void aLinkConflictWithAFileThePrefixDoesNotOwnIsRefusedAndRolledBack() throws Exception {
        scriptRecipe("first", null);
        scriptRecipe("clash", null);
        assertEquals(0, ports.run("install", "first").exit());
        Path foreign = ports.prefix().resolve("bin/clash");
        Files.writeString(foreign, "#!/bin/sh\necho not ours\n");
        List<String> before = Fixtures.listing(ports.prefix());

        Launcher.Result result = ports.run("install", "clash");
        assertEquals(3, result.exit(), result.toString());
        assertTrue(result.err().contains("bin/clash"), result.err());
        assertTrue(result.err().contains("clash"), result.err());
        List<String> after = Fixtures.listing(ports.prefix()).stream()
                .filter(p -> !p.startsWith("var/ports/logs") && !p.startsWith("var/ports/ports.db")).toList();
        assertEquals(before.stream().filter(p -> !p.startsWith("var/ports/logs")
                && !p.startsWith("var/ports/ports.db")).toList(), after, "the prefix is as before");
        assertEquals("#!/bin/sh\necho not ours\n", Files.readString(foreign));
    }

    @Test
    void wipeRefusesADirectoryThatIsNotAPrefix() throws Exception {
        Path precious = Files.createDirectories(dir.resolve("precious"));
        Files.writeString(precious.resolve("thesis.tex"), "years of work");
        Launcher.Result result = ports.with("PORTS_PREFIX", precious.toString()).run("wipe", "--yes");
        assertEquals(3, result.exit(), result.toString());
        assertTrue(result.err().contains("not a ports prefix") || result.err().contains("marker"), result.err());
        assertEquals("years of work", Files.readString(precious.resolve("thesis.tex")));
    }

    @Test
    void aDependencyCycleIsRefusedBeforeAnythingIsBuilt() throws Exception {
        Fixtures.recipe(ports.recipes(), "chicken", "https://example.org/c.tar.gz", "a".repeat(64),
                "[depends]\nports = [\"egg\"]\n");
        Fixtures.recipe(ports.recipes(), "egg", "https://example.org/e.tar.gz", "b".repeat(64),
                "[depends]\nports = [\"chicken\"]\n");
        Launcher.Result result = ports.run("install", "chicken");
        assertEquals(1, result.exit(), result.toString());
        assertTrue(result.err().contains("cycle"), result.err());
        assertFalse(Files.exists(ports.prefix()));
    }

    @Test
    void usageErrorsExitWithTwo() throws Exception {
        Launcher.Result result = ports.run("install");
        assertEquals(2, result.exit(), result.toString());
        assertTrue(result.err().contains("Missing required parameter"), result.err());
    }
}
