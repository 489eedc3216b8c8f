package org.ltsports.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sysroot release (its own libc and dynamic loader), assembled by the test from this machine's
 * libc packages and adopted into the store: a port built against it uses the release's loader
 * and libraries, not the host's.
 */
class SysrootIT {

    @TempDir
    Path dir;

    @Test
    void aPortBuiltAgainstASysrootReleaseRunsOnTheReleasesLoaderAndLibc() throws Exception {
        Launcher ports = new Launcher(dir);
        Path tree = Files.createDirectories(dir.resolve("tree"));
        Fixtures.run(List.of("sh", "-c", String.join("\n",
                "set -e",
                "mkdir -p \"$1/usr/lib\" \"$1/usr/lib64\"; ln -s usr/lib \"$1/lib\"; ln -s usr/lib64 \"$1/lib64\"",
                "dpkg -L libc6 libc6-dev linux-libc-dev libgcc-s1 | sed -e 's#^/lib/#/usr/lib/#' -e 's#^/lib64/#/usr/lib64/#' \\",
                "  | grep -E '^/usr/(include|lib|lib64)/' | while read -r f; do [ -f \"$f\" ] && echo \"$f\"; done \\",
                "  | tar -cf - -T - 2>/dev/null | tar -xf - -C \"$1\""), "assemble", tree.toString()));
        Launcher.Result adopt = ports.run("base", "adopt", tree.toString(), "--release", "1.0");
        assertEquals(0, adopt.exit(), adopt.toString());
        Launcher.Result list = ports.run("base", "list");
        assertTrue(list.out().contains("sysroot"), list.toString());

        Path src = Files.createDirectories(dir.resolve("src"));
        Path hi = Fixtures.tarball(Fixtures.project(src, "hi", "1.0", Map.of(
                "Makefile", "PREFIX ?= /usr/local\nhi: hi.c\n\t$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ hi.c $(LDFLAGS)\n"
                        + "install: hi\n\tinstall -d $(DESTDIR)$(PREFIX)/bin\n\tinstall -m 755 hi $(DESTDIR)$(PREFIX)/bin/hi\n",
                "hi.c", "#include <stdio.h>\n#include <gnu/libc-version.h>\n"
                        + "int main(void) { printf(\"hi from glibc %s\\n\", gnu_get_libc_version()); return 0; }\n")));
        Fixtures.recipe(ports.recipes(), "hi", hi.toUri().toString(), Fixtures.sha256(hi), "[build]\nsystem = \"make\"\n");
        Launcher.Result install = ports.run("install", "hi");
        assertEquals(0, install.exit(), install.toString());

        Path program = ports.prefix().resolve("bin/hi");
        assertTrue(ports.exec(List.of(program.toString())).out().startsWith("hi from glibc "));
        String headers = ports.exec(List.of("readelf", "-l", "-d", program.toString())).out();
        assertTrue(headers.contains("[Requesting program interpreter: " + ports.ltsRoot().resolve("1.0/lib64/ld-linux-x86-64.so.2")),
                headers);
        assertTrue(headers.contains("(RPATH)") && headers.contains(ports.ltsRoot().resolve("1.0/lib/x86_64-linux-gnu").toString()),
                headers);
        Launcher.Result check = ports.run("base", "check");
        assertEquals(0, check.exit(), check.toString());
    }
}
