package org.ltsports.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LtsRootTest {

    @TempDir
    Path root;

    @Test
    void releasesAreListedInVersionOrderAndHiddenEntriesAreNotReleases() throws IOException {
        for (String name : List.of("10.0", "2.0", "1.0", ".store", ".generations")) {
            Files.createDirectories(root.resolve(name));
        }
        Files.writeString(root.resolve("README"), "not a release");
        LtsRoot lts = new LtsRoot(root);
        assertEquals(List.of("1.0", "2.0", "10.0"), lts.releases());
        assertEquals("10.0", lts.newestRelease().orElseThrow());
    }

    @Test
    void aReleaseMayBeALinkIntoTheStore() throws IOException {
        Path stored = Files.createDirectories(root.resolve(".store/abc-lts-1.0/lib"));
        Files.createSymbolicLink(root.resolve("1.0"), Path.of(".store/abc-lts-1.0"));
        LtsRelease release = new LtsRoot(root).release("1.0");
        assertEquals(root.resolve("1.0"), release.path(), "builds bind to the stable path, not the store path");
        assertEquals(List.of(root.resolve("1.0/lib")), release.libDirs());
        assertTrue(Files.isDirectory(stored));
    }

    @Test
    void aMissingReleaseNamesWhatIsThere() throws IOException {
        Files.createDirectories(root.resolve("1.0"));
        BaseException e = assertThrows(BaseException.class, () -> new LtsRoot(root).release("2.0"));
        assertTrue(e.getMessage().contains("present: 1.0"), e.getMessage());
        assertThrows(BaseException.class, () -> new LtsRoot(root).release("../etc"));
    }

    @Test
    void environmentChoosesTheRoot() {
        assertEquals(root, LtsRoot.fromEnvironment(Map.of("PORTS_LTS_ROOT", root.toString())).path());
        assertEquals(LtsRoot.DEFAULT, LtsRoot.fromEnvironment(Map.of()).path());
    }
}
