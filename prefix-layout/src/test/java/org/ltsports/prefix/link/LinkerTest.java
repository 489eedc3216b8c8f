package org.ltsports.prefix.link;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.prefix.Keg;
import org.ltsports.prefix.Prefix;
import org.ltsports.prefix.PrefixException;
import org.ltsports.prefix.journal.Step;
import org.ltsports.prefix.journal.StepContext;

class LinkerTest {
    @TempDir
    Path temp;
    Prefix prefix;
    Linker linker;

    @BeforeEach
    void makePrefix() {
        prefix = Prefix.create(temp.resolve("prefix"), "1.0");
        linker = new Linker(prefix);
    }

    private Path at(String relative) {
        return prefix.root().resolve(relative);
    }

    @Test
    void binFilesAreLinkedWithRelativeLinks() throws Exception {
        Keg hello = Kegs.keg(prefix, "hello", "2.10", "bin/hello", "libexec/helper");

        List<String> links = linker.link(hello);

        assertEquals(List.of("bin/hello"), links);
        assertEquals(Path.of("../Cellar/hello/2.10/bin/hello"), Files.readSymbolicLink(at("bin/hello")));
        assertEquals("hello:bin/hello\n", Files.readString(at("bin/hello")));
        assertFalse(Files.exists(at("libexec")), "libexec is never linked");
    }

    @Test
    void planChangesNothing() throws Exception {
        Keg hello = Kegs.keg(prefix, "hello", "2.10", "bin/hello", "share/man/man1/hello.1");
        String before = Kegs.listing(prefix.root());

        LinkPlan plan = linker.plan(hello);

        assertFalse(plan.hasConflicts());
        assertEquals(List.of("bin/hello", "share/man/man1/hello.1"), plan.links());
        assertEquals(before, Kegs.listing(prefix.root()));
    }

    @Test
    void subdirectoriesOfBinAreSkipped() throws Exception {
        Keg keg = Kegs.keg(prefix, "tool", "1", "bin/tool", "bin/internal/helper");
        linker.link(keg);
        assertTrue(Files.isSymbolicLink(at("bin/tool")));
        assertFalse(Files.exists(at("bin/internal"), NOFOLLOW_LINKS));
    }

    @Test
    void etcAndLibPkgconfigAndManGetRealDirectories() throws Exception {
        Keg keg = Kegs.keg(prefix, "zlib", "1.3",
                "etc/zlib/conf.d/zlib.conf", "lib/pkgconfig/zlib.pc", "lib/cmake/ZLIB/ZLIBConfig.cmake",
                "share/man/man3/zlib.3", "share/locale/de/LC_MESSAGES/zlib.mo", "lib/libz.so.1");

        linker.link(keg);

        for (String dir : List.of("etc", "etc/zlib", "etc/zlib/conf.d", "lib/pkgconfig", "lib/cmake",
                "share/man", "share/man/man3", "share/locale", "share/locale/de", "share/locale/de/LC_MESSAGES")) {
            assertTrue(Files.isDirectory(at(dir), NOFOLLOW_LINKS), dir + " should be a real directory");
        }
        assertEquals(Path.of("../../../Cellar/zlib/1.3/etc/zlib/conf.d/zlib.conf"),
                Files.readSymbolicLink(at("etc/zlib/conf.d/zlib.conf")));
        assertEquals(Path.of("../../Cellar/zlib/1.3/lib/pkgconfig/zlib.pc"),
                Files.readSymbolicLink(at("lib/pkgconfig/zlib.pc")));
        assertEquals(Path.of("../../Cellar/zlib/1.3/lib/cmake/ZLIB"), Files.readSymbolicLink(at("lib/cmake/ZLIB")),
                "a subdirectory of lib/cmake is linked whole, as keg.rb does");
        assertTrue(Files.isSymbolicLink(at("lib/libz.so.1")));
    }

    @Test
    void otherShareDirectoriesAreLinkedWhole() throws Exception {
        Keg keg = Kegs.keg(prefix, "foo", "1.0", "share/foo/data.txt", "include/foo/foo.h");

        List<String> links = linker.link(keg);

        assertEquals(List.of("include/foo", "share/foo"), links);
        assertEquals(Path.of("../Cellar/foo/1.0/share/foo"), Files.readSymbolicLink(at("share/foo")));
        assertEquals(Path.of("../Cellar/foo/1.0/include/foo"), Files.readSymbolicLink(at("include/foo")));
    }

    @Test
    void aSecondKegNeedingALinkedDirectorySplitsIt() throws Exception {
        Keg first = Kegs.keg(prefix, "first", "1.0", "share/common/a.txt", "share/common/sub/x.txt");
        Keg second = Kegs.keg(prefix, "second", "2.0", "share/common/b.txt");
        linker.link(first);
        assertTrue(Files.isSymbolicLink(at("share/common")));

        LinkPlan plan = linker.plan(second);
        assertTrue(plan.actions().contains(new LinkAction.SplitDir(Path.of("share/common"),
                Path.of("../Cellar/first/1.0/share/common"), Keg.at(first.path()))));
        List<String> links = linker.link(second);

        assertEquals(List.of("share/common/b.txt"), links);
        assertTrue(Files.isDirectory(at("share/common"), NOFOLLOW_LINKS), "the directory link was split");
        assertEquals(Path.of("../../Cellar/first/1.0/share/common/a.txt"), Files.readSymbolicLink(at("share/common/a.txt")));
        assertEquals(Path.of("../../Cellar/first/1.0/share/common/sub"), Files.readSymbolicLink(at("share/common/sub")));
        assertEquals(Path.of("../../Cellar/second/2.0/share/common/b.txt"), Files.readSymbolicLink(at("share/common/b.txt")));
        assertEquals("first:share/common/sub/x.txt\n", Files.readString(at("share/common/sub/x.txt")));
    }

    @Test
    void aFileNotOwnedByThePrefixIsAConflictAndNothingChanges() throws Exception {
        Keg hello = Kegs.keg(prefix, "hello", "2.10", "bin/aaa", "bin/hello", "share/hello/x", "etc/hello.conf");
        Files.createDirectories(at("bin"));
        Files.writeString(at("bin/hello"), "someone else's");
        String before = Kegs.listing(prefix.root());

        PrefixException e = assertThrows(PrefixException.class, () -> linker.link(hello));

        assertTrue(e.refused());
        assertEquals("Could not link hello: bin/hello already exists and is not owned by the prefix: "
                + at("bin/hello"), e.getMessage());
        assertEquals(before, Kegs.listing(prefix.root()), "nothing may be half-linked");
    }

    @Test
    void anotherKegsLinkIsAConflictNamingThatKeg() throws Exception {
        Keg other = Kegs.keg(prefix, "other", "1.0", "bin/hello");
        Keg hello = Kegs.keg(prefix, "hello", "2.10", "bin/hello", "bin/zzz");
        linker.link(other);
        String before = Kegs.listing(prefix.root());

        PrefixException e = assertThrows(PrefixException.class, () -> linker.link(hello));

        assertTrue(e.refused());
        assertEquals("Could not link hello: bin/hello is a link belonging to keg other 1.0;"
                + " unlink it first with `ports unlink other`", e.getMessage());
        assertEquals(before, Kegs.listing(prefix.root()));
    }

    @Test
    void twoKegsWithTheSameFileInASharedDirectoryConflictAfterTheSplit() throws Exception {
        Keg first = Kegs.keg(prefix, "first", "1.0", "share/common/same.txt");
        Keg second = Kegs.keg(prefix, "second", "1.0", "share/common/same.txt");
        linker.link(first);
        String before = Kegs.listing(prefix.root());

        LinkPlan plan = linker.plan(second);

        assertEquals(1, plan.conflicts().size());
        assertEquals(Path.of("share/common/same.txt"), plan.conflicts().get(0).path());
        assertEquals("first", plan.conflicts().get(0).owner().orElseThrow().name());
        assertThrows(PrefixException.class, () -> linker.link(second));
        assertEquals(before, Kegs.listing(prefix.root()), "the split is not carried out either");
    }

    @Test
    void linkingTwiceIsIdempotent() throws Exception {
        Keg hello = Kegs.keg(prefix, "hello", "2.10", "bin/hello", "share/hello/x", "lib/pkgconfig/hello.pc");
        List<String> first = linker.link(hello);
        String after = Kegs.listing(prefix.root());

        List<String> second = linker.link(hello);

        assertEquals(first, second, "the receipt's links are the same");
        assertEquals(after, Kegs.listing(prefix.root()));
        assertTrue(linker.plan(hello).actions().stream().allMatch(a -> a instanceof LinkAction.AlreadyLinked));
    }

    @Test
    void aStaleLinkOfAKegThatIsGoneIsReplaced() throws Exception {
        Files.createDirectories(at("bin"));
        Files.createSymbolicLink(at("bin/hello"), Path.of("../Cellar/hello/2.9/bin/hello"));
        Keg hello = Kegs.keg(prefix, "hello", "2.10", "bin/hello");

        linker.link(hello);

        assertEquals(Path.of("../Cellar/hello/2.10/bin/hello"), Files.readSymbolicLink(at("bin/hello")));
    }

    @Test
    void aDanglingLinkOutsideThePrefixIsNotOursToReplace() throws Exception {
        Files.createDirectories(at("bin"));
        Files.createSymbolicLink(at("bin/hello"), temp.resolve("nowhere"));
        Keg hello = Kegs.keg(prefix, "hello", "2.10", "bin/hello");

        assertThrows(PrefixException.class, () -> linker.link(hello));
        assertEquals(temp.resolve("nowhere"), Files.readSymbolicLink(at("bin/hello")));
    }

    @Test
    void whenTheDiskChangesDuringLinkingWhatWasDoneIsUndone() throws Exception {
        Keg hello = Kegs.keg(prefix, "hello", "2.10", "bin/hello", "share/hello/x");
        LinkPlan plan = linker.plan(hello);
        Files.createDirectories(at("share"));
        Files.writeString(at("share/hello"), "appeared after the plan");

        StepContext context = new StepContext(prefix.root(), prefix.tmp());
        assertThrows(FileAlreadyExistsException.class, () -> Step.applyAll(context, LinkSteps.linking(plan)));

        assertFalse(Files.exists(at("bin"), NOFOLLOW_LINKS), "bin/hello and bin were removed again");
        assertEquals("appeared after the plan", Files.readString(at("share/hello")));
    }

    @Test
    void aKegsOwnWholeDirectoryLinkWhereARealDirectoryBelongsIsSplitOnce() throws Exception {
        Keg hello = Kegs.keg(prefix, "hello", "2.10", "share/man/man1/hello.1");
        Files.createDirectories(at("share"));
        Files.createSymbolicLink(at("share/man"), Path.of("../Cellar/hello/2.10/share/man"));

        List<String> links = linker.link(hello);

        assertEquals(List.of("share/man/man1/hello.1"), links);
        assertTrue(Files.isDirectory(at("share/man/man1"), NOFOLLOW_LINKS));
        assertEquals("hello:share/man/man1/hello.1\n", Files.readString(at("share/man/man1/hello.1")));
    }
}
