package org.ltsports.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moving a prefix between LTS releases the tests build: re-pointed when the new release still
 * fits, rebuilt when it does not, rolled back whole when a rebuild fails; `base check` after each.
 */
class PinIT {

    @TempDir
    Path dir;

    private Launcher ports;

    @BeforeEach
    void setUp() throws Exception {
        ports = new Launcher(dir).with("PORTS_LTS_RELEASE", "1.0");
        Fixtures.ltsRelease(ports.ltsRoot(), "1.0");
        Path src = Files.createDirectories(dir.resolve("src"));
        Path tallyho = Fixtures.tarball(Fixtures.project(src, "tallyho", "1.0", Map.of(
                "Makefile", String.join("\n",
                        "PREFIX ?= /usr/local",
                        "tallyho: tallyho.c",
                        "\t$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ tallyho.c $(LDFLAGS) -ltally",
                        "install: tallyho",
                        "\tinstall -d $(DESTDIR)$(PREFIX)/bin",
                        "\tinstall -m 755 tallyho $(DESTDIR)$(PREFIX)/bin/tallyho", ""),
                "tallyho.c", String.join("\n",
                        "#include <stdio.h>",
                        "#include <tally.h>",
                        "int main(void) { printf(\"release=%s sum=%d\\n\", tally_release(), tally_add(1, 2)); return 0; }",
                        ""))));
        Fixtures.recipe(ports.recipes(), "tallyho", tallyho.toUri().toString(), Fixtures.sha256(tallyho),
                "[depends]\nbase = [\"tally\"]\n\n[build]\nsystem = \"make\"\n");
        Path docs = Fixtures.tarball(Fixtures.project(src, "docs", "1.0", Map.of(
                "Makefile", "PREFIX ?= /usr/local\nall:\ninstall:\n\tinstall -d $(DESTDIR)$(PREFIX)/share/doc/docs\n"
                        + "\tinstall -m 644 README $(DESTDIR)$(PREFIX)/share/doc/docs/README\n",
                "README", "data only\n")));
        Fixtures.recipe(ports.recipes(), "docs", docs.toUri().toString(), Fixtures.sha256(docs),
                "[build]\nsystem = \"make\"\n");
        Launcher.Result install = ports.run("install", "tallyho", "docs");
        assertEquals(0, install.exit(), install.toString());
        assertEquals("release=1.0 sum=3\n", tallyho());
    }

    private String tallyho() throws Exception {
        return ports.exec(List.of(ports.prefix().resolve("bin/tallyho").toString())).out();
    }

    private void assertChecked(String release) throws Exception {
        Launcher.Result check = ports.run("base", "check");
        assertEquals(0, check.exit(), check.toString());
        assertTrue(check.out().contains("against LTS " + release), check.out());
    }

    @Test
    void aReleaseThatStillFitsIsRePointedWithoutRebuildingAndASecondPinDoesNothing() throws Exception {
        Fixtures.ltsRelease(ports.ltsRoot(), "2.0");
        Launcher.Result plan = ports.run("base", "plan", "2.0");
        assertEquals(0, plan.exit(), plan.toString());
        assertTrue(plan.out().contains("REPOINT  tallyho"), plan.out());
        assertTrue(plan.out().contains("KEEP     docs"), plan.out());

        Launcher.Result pin = ports.run("base", "pin", "2.0");
        assertEquals(0, pin.exit(), pin.toString());
        assertTrue(pin.out().contains("1 kept, 1 re-pointed, 0 rebuilt"), pin.out());
        assertTrue(!pin.err().contains("Installing"), "nothing was built: " + pin.err());
        assertEquals("release=2.0 sum=3\n", tallyho(), "the program now loads 2.0's library");
        assertChecked("2.0");

        Launcher.Result again = ports.run("base", "pin", "2.0");
        assertEquals(0, again.exit(), again.toString());
        assertTrue(again.out().contains("already pins 2.0"), again.out());
    }

    @Test
    void aSonameBumpRebuildsItsUsers() throws Exception {
        Fixtures.ltsRelease(ports.ltsRoot(), "3.0", 2, true);
        Launcher.Result plan = ports.run("base", "plan", "3.0");
        assertTrue(plan.out().contains("REBUILD  tallyho"), plan.out());
        assertTrue(plan.out().contains("needs libtally.so.1, absent from 3.0"), plan.out());

        Launcher.Result pin = ports.run("base", "pin", "3.0");
        assertEquals(0, pin.exit(), pin.toString());
        assertTrue(pin.out().contains("1 rebuilt"), pin.out());
        assertEquals("release=3.0 sum=3\n", tallyho());
        String dynamic = ports.exec(List.of("readelf", "-d", ports.prefix().resolve("bin/tallyho").toString())).out();
        assertTrue(dynamic.contains("libtally.so.2"), dynamic);
        assertChecked("3.0");
    }

    @Test
    void aRebuildThatFailsRollsTheWholePinBack() throws Exception {
        Fixtures.ltsRelease(ports.ltsRoot(), "4.0", 1, false);
        Launcher.Result plan = ports.run("base", "plan", "4.0");
        assertTrue(plan.out().contains("REBUILD  tallyho"), plan.out());
        List<String> before = Fixtures.listing(ports.prefix().resolve("Cellar"));

        Launcher.Result pin = ports.run("base", "pin", "4.0");
        assertEquals(1, pin.exit(), pin.toString());
        assertTrue(pin.err().contains("rolled back; the prefix still pins 1.0"), pin.err());
        assertEquals(before, Fixtures.listing(ports.prefix().resolve("Cellar")));
        assertEquals("release=1.0 sum=3\n", tallyho());
        assertChecked("1.0");
        assertEquals(0, ports.run("doctor").exit());
    }
}
