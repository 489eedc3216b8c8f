package org.ltsports.prefix.journal;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each step changes what it names and nothing else; its undo puts back exactly that, and only when it was done. */
class StepTest {
    @TempDir
    Path root;

    private StepContext at;

    @BeforeEach
    void context() throws IOException {
        at = new StepContext(root, Files.createDirectories(root.resolve("var/ports/tmp")));
    }

    /** Applies, checks, undoes, checks the tree is as before; then undoes again (harmless) and checks once more. */
    private void roundTrip(Step step, Runnable whenApplied) throws Exception {
        String before = Listing.of(root);
        step.apply(at);
        whenApplied.run();
        step.undo(at);
        assertEquals(before, Listing.of(root), "undo restores " + step.describe());
        step.undo(at);
        assertEquals(before, Listing.of(root), "a second undo changes nothing");
    }

    @Test
    void directoriesAreMadeAndRemoved() throws Exception {
        roundTrip(new Step.MakeDir("bin"), () -> assertTrue(Files.isDirectory(root.resolve("bin"))));
        Files.createDirectories(root.resolve("share/empty"));
        roundTrip(new Step.RemoveDir("share/empty"), () -> assertFalse(Files.exists(root.resolve("share/empty"))));
    }

    @Test
    void aDirectoryThatStillHoldsSomethingIsNotRemoved() throws Exception {
        Files.writeString(Files.createDirectories(root.resolve("share/doc")).resolve("README"), "kept");
        new Step.RemoveDir("share/doc").apply(at);
        assertEquals("kept", Files.readString(root.resolve("share/doc/README")));
    }

    @Test
    void linksAreMadeRemovedAndRepointed() throws Exception {
        Files.createDirectories(root.resolve("opt"));
        roundTrip(new Step.Symlink("opt/hello", "../Cellar/hello/2.10"),
                () -> assertTrue(Files.isSymbolicLink(root.resolve("opt/hello"))));
        Files.createSymbolicLink(root.resolve("opt/hello"), Path.of("../Cellar/hello/2.10"));
        roundTrip(new Step.RemoveLink("opt/hello", "../Cellar/hello/2.10"),
                () -> assertFalse(Files.exists(root.resolve("opt/hello"), NOFOLLOW_LINKS)));
        roundTrip(new Step.ReplaceLink("opt/hello", "../Cellar/hello/2.10", "../Cellar/hello/2.12"),
                () -> assertEquals("../Cellar/hello/2.12", readLink("opt/hello")));
        assertEquals(List.of(), Listing.entries(at.scratch()), "no temporary link is left");
    }

    @Test
    void aLinkThatChangedSinceThePlanIsNotTouched() throws Exception {
        Files.createDirectories(root.resolve("bin"));
        Files.createSymbolicLink(root.resolve("bin/hello"), Path.of("../Cellar/other/1.0/bin/hello"));
        assertThrows(IOException.class, () -> new Step.RemoveLink("bin/hello", "../Cellar/hello/2.10/bin/hello").apply(at));
        new Step.Symlink("bin/hello", "../Cellar/hello/2.10/bin/hello").undo(at);
        assertEquals("../Cellar/other/1.0/bin/hello", readLink("bin/hello"), "an undo leaves a link it did not make");
    }

    @Test
    void aMoveIsOneRenameAndNeverOverwrites() throws Exception {
        Files.writeString(Files.createDirectories(root.resolve("Cellar/hello/2.10")).resolve("f"), "keg");
        roundTrip(new Step.Move("Cellar/hello/2.10", "var/ports/tmp/aside"),
                () -> assertTrue(Files.exists(root.resolve("var/ports/tmp/aside/f"))));
        Files.createDirectories(root.resolve("var/ports/tmp/taken"));
        assertThrows(IOException.class, () -> new Step.Move("Cellar/hello/2.10", "var/ports/tmp/taken").apply(at));
        assertEquals("keg", Files.readString(root.resolve("Cellar/hello/2.10/f")));
    }

    @Test
    void aSmallFileIsReplacedWholeAndPutBack() throws Exception {
        Files.writeString(root.resolve(".ports-prefix"), "pinned-release=1.0\n");
        roundTrip(new Step.WriteFile(".ports-prefix", "pinned-release=1.0\n", "pinned-release=2.0\n"),
                () -> assertEquals("pinned-release=2.0\n", read(".ports-prefix")));
        assertThrows(IOException.class,
                () -> new Step.WriteFile(".ports-prefix", "pinned-release=3.0\n", "x").apply(at));
    }

    @Test
    void aTreeIsDeletedWithoutFollowingLinksAndCannotBeUndone() throws Exception {
        Path outside = Files.writeString(root.resolveSibling(root.getFileName() + "-outside.txt"), "not ours");
        Path trash = Files.createDirectories(root.resolve("var/ports/tmp/journal-1/1-hello"));
        Files.createSymbolicLink(trash.resolve("link"), outside);
        Step delete = new Step.DeleteTree("var/ports/tmp/journal-1");
        delete.apply(at);
        delete.apply(at);
        assertFalse(Files.exists(root.resolve("var/ports/tmp/journal-1")));
        assertEquals("not ours", Files.readString(outside));
        assertThrows(IllegalStateException.class, () -> delete.undo(at));
        Files.delete(outside);
    }

    @Test
    void noStepReachesOutsideThePrefix() {
        for (String path : List.of("../elsewhere", "/etc/passwd", "bin/../../elsewhere", ".")) {
            assertThrows(IOException.class, () -> new Step.MakeDir(path).apply(at), path);
            assertThrows(IOException.class, () -> new Step.DeleteTree(path).apply(at), path);
        }
    }

    @Test
    void whenOneOfSeveralStepsFailsTheOnesBeforeItAreUndone() throws Exception {
        String before = Listing.of(root);
        List<Step> steps = List.of(new Step.MakeDir("bin"), new Step.Symlink("bin/a", "../x"),
                new Step.Move("Cellar/missing", "var/ports/tmp/x"));
        assertThrows(IOException.class, () -> Step.applyAll(at, steps));
        assertEquals(before, Listing.of(root));
    }

    private String readLink(String path) {
        try {
            return Files.readSymbolicLink(root.resolve(path)).toString();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private String read(String path) {
        try {
            return Files.readString(root.resolve(path));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
