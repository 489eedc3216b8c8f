package org.ltsports.ports.unpack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.ports.PortsException;

/** Each hostile archive is refused with the entry named, and nothing is left at the destination. */
class HostileArchiveTest {
    @TempDir
    Path temp;

    private Path dest() {
        return temp.resolve("out").resolve("src");
    }

    private PortsException assertRefused(Path archive, String entryNamed) throws Exception {
        return assertRefused(archive, entryNamed, UnpackLimits.DEFAULT);
    }

    private PortsException assertRefused(Path archive, String entryNamed, UnpackLimits limits) throws Exception {
        PortsException e = assertThrows(PortsException.class, () -> Unpacker.unpack(archive, dest(), limits));
        assertEquals(PortsException.INTEGRITY, e.exitCode(), e.getMessage());
        assertTrue(e.getMessage().contains(entryNamed), e.getMessage());
        assertFalse(Files.exists(dest()), "nothing at the destination");
        try (Stream<Path> left = Files.list(dest().getParent())) {
            assertEquals(List.of(), left.toList(), "no staging directory left behind");
        }
        assertFalse(Files.exists(temp.resolve("evil")), "nothing written outside");
        return e;
    }

    private Path tar(TestArchive archive) throws Exception {
        return archive.writeTar(temp.resolve("hostile.tar.gz"));
    }

    @Test
    void absolutePathIsRefused() throws Exception {
        Path archive = tar(new TestArchive().file("pkg/ok", "ok", 0644).file("/tmp/evil-absolute", "x", 0644));
        PortsException e = assertRefused(archive, "'/tmp/evil-absolute'");
        assertTrue(e.getMessage().contains("absolute"), e.getMessage());
    }

    @Test
    void dotDotThatEscapesIsRefused() throws Exception {
        assertRefused(tar(new TestArchive().file("pkg/../../../evil", "x", 0644)), "'pkg/../../../evil'");
    }

    @Test
    void symlinkToAnAbsolutePathIsRefused() throws Exception {
        assertRefused(tar(new TestArchive().symlink("pkg/passwd", "/etc/passwd")), "'pkg/passwd'");
    }

    @Test
    void symlinkClimbingOutIsRefused() throws Exception {
        assertRefused(tar(new TestArchive().file("pkg/a", "a", 0644).symlink("pkg/up", "../../evil")), "'pkg/up'");
    }

    @Test
    void symlinkChainThatEscapesOnlyWhenFollowedIsRefused() throws Exception {
        Path archive = tar(new TestArchive()
                .dir("pkg/d/")
                .symlink("pkg/d/parent", "..")
                .symlink("pkg/out", "d/parent/.."));
        assertRefused(archive, "'out'");
    }

    @Test
    void symlinkThatLeavesTheTreeOnceTheTopDirectoryIsStrippedIsRefused() throws Exception {
        Path archive = tar(new TestArchive().file("pkg/README", "r", 0644).symlink("pkg/sneaky", "../pkg/README"));
        assertRefused(archive, "'sneaky'");
    }

    @Test
    void writeThroughASymlinkIsRefused() throws Exception {
        Path archive = tar(new TestArchive()
                .symlink("pkg/here", ".")
                .file("pkg/here/file", "x", 0644));
        PortsException e = assertRefused(archive, "'pkg/here/file'");
        assertTrue(e.getMessage().contains("through the symlink"), e.getMessage());
    }

    @Test
    void hardLinkOutOfTheTreeIsRefused() throws Exception {
        assertRefused(tar(new TestArchive().hardlink("pkg/shadow", "../../etc/shadow")), "'pkg/shadow'");
    }

    @Test
    void hardLinkToSomethingNotInTheArchiveIsRefused() throws Exception {
        assertRefused(tar(new TestArchive().file("pkg/a", "a", 0644).hardlink("pkg/b", "pkg/missing")), "'pkg/b'");
    }

    @Test
    void characterDeviceIsRefused() throws Exception {
        assertRefused(tar(new TestArchive().special("pkg/null", TarConstants.LF_CHR)), "'pkg/null'");
    }

    @Test
    void fifoIsRefused() throws Exception {
        assertRefused(tar(new TestArchive().special("pkg/pipe", TarConstants.LF_FIFO)), "'pkg/pipe'");
    }

    @Test
    void secondEntryForTheSameFileIsRefused() throws Exception {
        Path archive = tar(new TestArchive().file("pkg/a", "first", 0644).file("pkg/a", "second", 0644));
        PortsException e = assertRefused(archive, "'pkg/a'");
        assertTrue(e.getMessage().contains("duplicate"), e.getMessage());
    }

    @Test
    void moreBytesThanTheLimitIsRefusedAsABomb() throws Exception {
        Path archive = tar(new TestArchive().file("pkg/small", new byte[600], 0644).file("pkg/zeros", new byte[600], 0644));
        PortsException e = assertRefused(archive, "'pkg/zeros'", new UnpackLimits(1000, 100));
        assertTrue(e.getMessage().contains("1000 bytes"), e.getMessage());
    }

    @Test
    void moreEntriesThanTheLimitIsRefused() throws Exception {
        Path archive = tar(new TestArchive().file("pkg/1", "", 0644).file("pkg/2", "", 0644).file("pkg/3", "", 0644));
        assertRefused(archive, "'pkg/3'", new UnpackLimits(1000, 2));
    }

    @Test
    void zipWithDotDotIsRefused() throws Exception {
        Path archive = new TestArchive().file("pkg/ok", "ok", 0644).file("../evil", "x", 0644)
                .writeZip(temp.resolve("hostile.zip"));
        assertRefused(archive, "'../evil'");
    }

    @Test
    void zipSymlinkOutIsRefused() throws Exception {
        Path archive = new TestArchive().symlink("pkg/etc", "../../../etc").writeZip(temp.resolve("hostile.zip"));
        assertRefused(archive, "'pkg/etc'");
    }

    @Test
    void aDestinationWithContentIsRefusedForTheState() throws Exception {
        Path archive = tar(new TestArchive().file("pkg/a", "a", 0644));
        Files.createDirectories(dest());
        Files.writeString(dest().resolve("keep"), "mine");

        PortsException e = assertThrows(PortsException.class, () -> Unpacker.unpack(archive, dest()));

        assertEquals(PortsException.REFUSED, e.exitCode());
        assertEquals("mine", Files.readString(dest().resolve("keep")));
    }
}
