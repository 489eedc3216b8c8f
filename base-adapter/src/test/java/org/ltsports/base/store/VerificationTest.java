package org.ltsports.base.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.base.BaseException;
import org.ltsports.base.IntegrityException;
import org.ltsports.base.LtsRoot;

class VerificationTest {

    @TempDir
    Path dir;
    LtsStore store;
    Path stored;

    @BeforeEach
    void adoptATree() throws IOException {
        Path tree = dir.resolve("tree");
        Files.createDirectories(tree.resolve("etc"));
        Files.writeString(tree.resolve("etc/os-release"), "NAME=test\n");
        Files.createSymbolicLink(tree.resolve("etc/localtime"), Path.of("/usr/share/zoneinfo/UTC"));
        store = new LtsStore(new LtsRoot(dir.resolve("lts")));
        store.adopt(tree, "1.0", Map.of());
        stored = dir.resolve("lts/1.0").toRealPath();
    }

    @Test
    void anUntouchedReleaseVerifies() {
        Verification verification = store.verify("1.0");
        assertEquals(3, verification.entries(), "etc, etc/os-release, etc/localtime");
        assertEquals(stored, verification.tree());
    }

    @Test
    void aChangedFileIsNamed() throws IOException {
        writable(stored.resolve("etc"));
        writable(stored.resolve("etc/os-release"));
        Files.writeString(stored.resolve("etc/os-release"), "NAME=tampered\n");
        IntegrityException e = assertThrows(IntegrityException.class, () -> store.verify("1.0"));
        assertEquals("1.0 was changed: etc/os-release changed", e.getMessage());
        assertEquals(4, IntegrityException.EXIT_CODE);
    }

    @Test
    void anAddedFileARemovedLinkAndAChangedModeAreNamed() throws IOException {
        writable(stored.resolve("etc"));
        Files.writeString(stored.resolve("etc/passwd"), "root:x:0:0\n");
        Files.delete(stored.resolve("etc/localtime"));
        Files.setPosixFilePermissions(stored.resolve("etc/os-release"), PosixFilePermissions.fromString("r-xr-xr-x"));
        IntegrityException e = assertThrows(IntegrityException.class, () -> store.verify("1.0"));
        assertEquals("1.0 was changed: etc/localtime removed, etc/os-release changed, etc/passwd added", e.getMessage());
    }

    @Test
    void aListingThatNoLongerMatchesTheTreeHashIsCaught() throws IOException {
        writable(stored);
        writable(stored.resolve(LtsStore.LISTING));
        Files.writeString(stored.resolve(LtsStore.LISTING), "etc\td\n");
        IntegrityException e = assertThrows(IntegrityException.class, () -> store.verify("1.0"));
        assertTrue(e.getMessage().contains("no longer matches the tree hash"), e.getMessage());
    }

    @Test
    void aReleaseOutsideTheStoreCannotBeVerified() throws IOException {
        Files.createDirectories(dir.resolve("lts/0.9/lib"));
        BaseException e = assertThrows(BaseException.class, () -> store.verify("0.9"));
        assertTrue(!(e instanceof IntegrityException) && e.getMessage().contains("is not in the store"), e.getMessage());
    }

    @Test
    void aMissingReleaseIsNoIntegrityFailure() {
        BaseException e = assertThrows(BaseException.class, () -> store.verify("2.0"));
        assertTrue(!(e instanceof IntegrityException) && e.getMessage().contains("no LTS release '2.0'"));
    }

    private static void writable(Path path) throws IOException {
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwxr-xr-x" : "rw-r--r--"));
    }
}
