package org.ltsports.prefix;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrefixWipeTest {
    @TempDir
    Path temp;

    private Path home() {
        return temp.resolve("home");
    }

    private static String listing(Path root) throws Exception {
        try (Stream<Path> entries = Files.walk(root)) {
            return entries.map(root::relativize).map(Path::toString).sorted().collect(Collectors.joining("\n"));
        }
    }

    private static PrefixException refusal(Path root, Path home) {
        PrefixException e = assertThrows(PrefixException.class, () -> PrefixWipe.plan(root, home));
        assertTrue(e.refused(), e.getMessage());
        return e;
    }

    @Test
    void wipeRemovesThePrefixButNotWhatItsLinksPointAt() throws Exception {
        Path outsideFile = Files.writeString(temp.resolve("precious.txt"), "keep me");
        Path outsideDir = Files.createDirectories(temp.resolve("precious-dir"));
        Files.writeString(outsideDir.resolve("inner.txt"), "keep me too");
        Prefix prefix = Prefix.create(temp.resolve("prefix"), "1.0");
        Files.createDirectories(prefix.root().resolve("bin"));
        Files.createSymbolicLink(prefix.root().resolve("bin/precious"), outsideFile);
        Files.createSymbolicLink(prefix.root().resolve("share"), outsideDir);
        Path readOnly = Files.createDirectories(prefix.kegDir("hello", "2.10").resolve("bin"));
        Files.writeString(readOnly.resolve("hello"), "x");
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));

        WipePlan plan = PrefixWipe.plan(prefix.root(), home());
        long removed = PrefixWipe.wipe(plan);

        assertEquals(4, plan.files(), "marker, two links, one keg file");
        assertEquals(4, removed);
        assertFalse(Files.exists(prefix.root(), NOFOLLOW_LINKS));
        assertEquals("keep me", Files.readString(outsideFile));
        assertEquals("keep me too", Files.readString(outsideDir.resolve("inner.txt")));
    }

    @Test
    void aDirectoryWithoutMarkerIsRefusedAndKept() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("not-a-prefix/sub"));
        Files.writeString(dir.resolve("file"), "data");
        String before = listing(temp);

        PrefixException e = refusal(temp.resolve("not-a-prefix"), home());

        assertTrue(e.getMessage().contains("no .ports-prefix marker"), e.getMessage());
        assertEquals(before, listing(temp));
    }

    @Test
    void theRootDirectoryIsRefused() {
        assertTrue(refusal(Path.of("/"), home()).getMessage().contains("root directory"));
    }

    @Test
    void theHomeDirectoryAndItsAncestorsAreRefusedEvenWhenMarked() throws Exception {
        Path home = temp.resolve("users/me");
        Prefix.create(home, "1.0");
        Files.writeString(temp.resolve("users/" + Prefix.MARKER), "format=1\ncreated=2024-01-01T00:00:00Z\n");
        String before = listing(temp);

        assertTrue(refusal(home, home).getMessage().contains("home directory"));
        assertTrue(refusal(temp.resolve("users"), home).getMessage().contains("home directory"));
        assertTrue(refusal(temp.resolve("users/me/.."), home).getMessage().contains("home directory"));
        assertEquals(before, listing(temp));
    }

    @Test
    void aPrefixInsideHomeMayBeWiped() {
        Path home = temp.resolve("me");
        Prefix prefix = Prefix.create(home.resolve(".ports"), "1.0");
        PrefixWipe.wipe(PrefixWipe.plan(prefix.root(), home));
        assertFalse(Files.exists(prefix.root()));
        assertTrue(Files.isDirectory(home));
    }

    @Test
    void aSymlinkToAPrefixIsRefusedAndBothStay() throws Exception {
        Prefix prefix = Prefix.create(temp.resolve("real-prefix"), "1.0");
        Path link = Files.createSymbolicLink(temp.resolve("ports"), prefix.root());

        PrefixException e = refusal(link, home());

        assertTrue(e.getMessage().contains("symbolic link"), e.getMessage());
        assertTrue(e.getMessage().contains(prefix.root().toRealPath().toString()), "names the real path");
        assertTrue(Files.isSymbolicLink(link));
        assertTrue(Prefix.isPrefix(prefix.root()));
    }

    @Test
    void aMissingDirectoryIsRefused() {
        refusal(temp.resolve("nothing-here"), home());
    }

    @Test
    void aMarkerThatIsALinkDoesNotMakeAPrefix() throws Exception {
        Prefix elsewhere = Prefix.create(temp.resolve("elsewhere"), "1.0");
        Path dir = Files.createDirectories(temp.resolve("victim"));
        Files.createSymbolicLink(dir.resolve(Prefix.MARKER), elsewhere.markerFile());
        refusal(dir, home());
        assertTrue(Files.isDirectory(dir));
    }

    @Test
    void theWipeRenamesThePrefixAwayBeforeDeletingIt() throws Exception {
        Prefix prefix = Prefix.create(temp.resolve("prefix"), "1.0");
        Files.writeString(Files.createDirectories(prefix.kegDir("hello", "2.10")).resolve("f"), "x");

        PrefixWipe.wipe(PrefixWipe.plan(prefix.root(), home()));

        assertEquals("", listing(temp).replace("\n", ""), "neither the prefix nor its renamed tree is left");
    }

    @Test
    void aWipeCutShortAfterItsRenameIsFinishedLater() throws Exception {
        Prefix prefix = Prefix.create(temp.resolve("prefix"), "1.0");
        Files.writeString(Files.createDirectories(prefix.kegDir("hello", "2.10")).resolve("f"), "x");
        Files.writeString(prefix.lockFile(), "");
        Files.move(prefix.root(), temp.resolve(".prefix.ports-wipe")); // as the crashed wipe left it

        assertEquals(java.util.Optional.of(3L), PrefixWipe.finishInterrupted(prefix.root()), "marker, lock file, keg file");

        assertEquals("", listing(temp).replace("\n", ""));
        assertEquals(java.util.Optional.empty(), PrefixWipe.finishInterrupted(prefix.root()), "nothing more to finish");
    }

    @Test
    void aRenamedTreeThatAWipeStillHoldsIsLeftToIt() throws Exception {
        Prefix prefix = Prefix.create(temp.resolve("prefix"), "1.0");
        Path trash = temp.resolve(".prefix.ports-wipe");
        Files.move(prefix.root(), trash);
        try (var lock = org.ltsports.prefix.lock.PrefixLock.acquire(trash.resolve("var/ports/lock"), "ports wipe",
                false, holder -> { })) {
            assertEquals(java.util.Optional.empty(), PrefixWipe.finishInterrupted(prefix.root()));
            assertTrue(Files.isRegularFile(trash.resolve(Prefix.MARKER)));
        }
    }

    @Test
    void aMarkerPlantedInAnotherTreeDoesNotMakeItWipeable() throws Exception {
        Path tree = Files.createDirectories(temp.resolve("work"));
        Files.writeString(tree.resolve(".bashrc"), "alias ll='ls -l'");
        Files.writeString(Files.createDirectories(tree.resolve("Documents")).resolve("thesis.tex"), "years of work");
        Files.createDirectories(tree.resolve("bin"));
        Files.writeString(tree.resolve(Prefix.MARKER), "format=1\ncreated=2024-01-01T00:00:00Z\n");
        String before = listing(temp);

        PrefixException e = refusal(tree, home());

        assertTrue(e.getMessage().contains(".bashrc, Documents"), e.getMessage());
        assertEquals(before, listing(temp));
    }

    @Test
    void aMarkerPlantedInsideAPrefixDoesNotMakeAPartOfItWipeable() throws Exception {
        Prefix prefix = Prefix.create(temp.resolve("prefix"), "1.0");
        Path keg = Files.createDirectories(prefix.kegDir("hello", "2.10"));
        Files.writeString(keg.resolve(Prefix.MARKER), prefix.marker().toText());
        String before = listing(temp);

        PrefixException e = refusal(keg, home());

        assertTrue(e.getMessage().contains("inside the prefix " + prefix.root()), e.getMessage());
        assertEquals(before, listing(temp));
    }

    @Test
    void aMarkerThatPortsDidNotWriteIsRefused() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("looks-like-a-prefix/Cellar"));
        Files.writeString(dir.resolveSibling(Prefix.MARKER), "");
        PrefixException e = refusal(dir.getParent(), home());
        assertTrue(e.getMessage().contains("not a marker ports wrote"), e.getMessage());
        assertTrue(Files.isDirectory(dir));
    }
}
