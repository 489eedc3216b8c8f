package org.ltsports.prefix.link;

import static java.nio.file.LinkOption.NOFOLLOW_LINKS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.prefix.Keg;
import org.ltsports.prefix.Prefix;

class UnlinkTest {
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
    void unlinkRemovesTheLinksAndTheDirectoriesLeftEmptyButNotTheFarmDirectories() throws Exception {
        Keg hello = Kegs.keg(prefix, "hello", "2.10",
                "bin/hello", "etc/hello/hello.conf", "share/man/man1/hello.1", "share/hello/x");
        linker.link(hello);

        List<String> removed = linker.unlink(hello);

        assertEquals(List.of("etc/hello/hello.conf", "bin/hello", "share/hello", "share/man/man1/hello.1",
                "etc/hello", "share/man/man1", "share/man"), removed, "links in keg.rb's order, then emptied directories");
        for (String dir : List.of("bin", "etc", "share")) {
            assertTrue(Files.isDirectory(at(dir), NOFOLLOW_LINKS), dir + " stays");
        }
        assertFalse(Files.exists(at("share/man"), NOFOLLOW_LINKS));
        assertTrue(Files.isDirectory(hello.path().resolve("share/man/man1")), "the keg is untouched");
    }

    @Test
    void unlinkLeavesOtherKegsAndForeignFilesAlone() throws Exception {
        Keg first = Kegs.keg(prefix, "first", "1.0", "share/common/a.txt", "bin/first");
        Keg second = Kegs.keg(prefix, "second", "1.0", "share/common/b.txt");
        linker.link(first);
        linker.link(second);
        Files.writeString(at("bin/mine"), "not a link");

        linker.unlink(first);

        assertFalse(Files.exists(at("share/common/a.txt"), NOFOLLOW_LINKS));
        assertFalse(Files.exists(at("bin/first"), NOFOLLOW_LINKS));
        assertTrue(Files.isSymbolicLink(at("share/common/b.txt")));
        assertEquals("not a link", Files.readString(at("bin/mine")));
    }

    @Test
    void unlinkPlanIsADryRun() throws Exception {
        Keg hello = Kegs.keg(prefix, "hello", "2.10", "bin/hello", "etc/hello/hello.conf");
        linker.link(hello);
        String before = Kegs.listing(prefix.root());

        UnlinkPlan plan = linker.unlinkPlan(hello);

        assertEquals(List.of("etc/hello/hello.conf", "bin/hello"), plan.links());
        assertEquals(List.of("etc/hello"), plan.directories());
        assertEquals(before, Kegs.listing(prefix.root()));
    }

    @Test
    void unlinkFindsLinksOfAKegWhoseDirectoryIsGone() throws Exception {
        Files.createDirectories(at("bin"));
        Files.createSymbolicLink(at("bin/hello"), Path.of("../Cellar/hello/2.9/bin/hello"));

        List<String> removed = linker.unlink(prefix.keg("hello", "2.9", 0));

        assertEquals(List.of("bin/hello"), removed);
    }

    @Test
    void unlinkThenLinkAgainRestoresTheSameFarm() throws Exception {
        Keg hello = Kegs.keg(prefix, "hello", "2.10", "bin/hello", "lib/pkgconfig/hello.pc", "share/hello/x");
        linker.link(hello);
        String linked = Kegs.listing(prefix.root());

        linker.unlink(hello);
        linker.link(hello);

        assertEquals(linked, Kegs.listing(prefix.root()));
    }

    @Test
    void brokenLinksAreFoundInTheFarmAndInOpt() throws Exception {
        Keg hello = Kegs.keg(prefix, "hello", "2.10", "bin/hello", "bin/hi");
        linker.link(hello);
        prefix.linkOpt(hello);
        Files.delete(hello.path().resolve("bin/hi"));
        Files.createSymbolicLink(prefix.opt("gone"), Path.of("../Cellar/gone/1.0"));

        assertEquals(List.of("bin/hi", "opt/gone"), linker.brokenLinks());
    }
}
