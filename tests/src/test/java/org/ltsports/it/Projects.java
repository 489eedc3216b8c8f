package org.ltsports.it;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The small C projects of the black-box tests, one per build system: a CMake library, a plain-make
 * library that uses it, and a program with a hand-written configure script that uses both and a
 * library of the LTS release.
 */
final class Projects {

    private Projects() {
    }

    static Path libone(Path dir) throws IOException {
        return Fixtures.project(dir, "libone", "1.0", Map.of(
                "CMakeLists.txt", """
                        cmake_minimum_required(VERSION 3.13)
                        project(libone C)
                        add_library(one SHARED one.c)
                        set_target_properties(one PROPERTIES SOVERSION 1 PUBLIC_HEADER one.h)
                        install(TARGETS one LIBRARY DESTINATION lib PUBLIC_HEADER DESTINATION include)
                        install(FILES one.pc DESTINATION lib/pkgconfig)
                        """,
                "one.h", "int one_value(void);\n",
                "one.c", "#include \"one.h\"\nint one_value(void) { return 1; }\n",
                "one.pc", "Name: one\nDescription: one\nVersion: 1.0\nLibs: -lone\nCflags:\n"));
    }

    static Path libtwo(Path dir) throws IOException {
        return Fixtures.project(dir, "libtwo", "1.0", Map.of(
                "Makefile", """
                        PREFIX ?= /usr/local
                        libtwo.so.1: two.c
                        \t$(CC) $(CPPFLAGS) $(CFLAGS) -fPIC -shared -Wl,-soname,libtwo.so.1 -o $@ two.c $(LDFLAGS) -lone
                        install: libtwo.so.1
                        \tinstall -d $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/share/doc/libtwo
                        \tinstall -m 755 libtwo.so.1 $(DESTDIR)$(PREFIX)/lib/libtwo.so.1
                        \tln -sf libtwo.so.1 $(DESTDIR)$(PREFIX)/lib/libtwo.so
                        \tinstall -m 644 two.h $(DESTDIR)$(PREFIX)/include/two.h
                        \tinstall -m 644 README $(DESTDIR)$(PREFIX)/share/doc/libtwo/README
                        """,
                "two.h", "int two_value(void);\n",
                "two.c", "#include <one.h>\n#include \"two.h\"\nint two_value(void) { return one_value() + 1; }\n",
                "README", "libtwo: one more than libone\n"));
    }

    /** A program with a hand-written configure script; it uses libtwo and the release's libtally. */
    static Path countdown(Path dir) throws IOException {
        return Fixtures.project(dir, "countdown", "1.0", Map.of(
                "configure", """
                        #!/bin/sh
                        prefix=/usr/local
                        for arg; do case $arg in --prefix=*) prefix=${arg#--prefix=} ;; esac; done
                        pkg-config --exists tally || { echo "configure: tally not found" >&2; exit 1; }
                        sed -e "s|@prefix@|$prefix|" -e "s|@TALLY@|$(pkg-config --cflags --libs tally)|" \\
                            Makefile.in > Makefile
                        """,
                "Makefile.in", """
                        prefix = @prefix@
                        countdown: countdown.c
                        \t$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ countdown.c $(LDFLAGS) -ltwo @TALLY@
                        install: countdown
                        \tinstall -d $(DESTDIR)$(prefix)/bin
                        \tinstall -m 755 countdown $(DESTDIR)$(prefix)/bin/countdown
                        """,
                "countdown.c", """
                        #include <stdio.h>
                        #include <two.h>
                        #include <tally.h>
                        int main(void) {
                            printf("two=%d release=%s sum=%d\\n", two_value(), tally_release(), tally_add(two_value(), 1));
                            return 0;
                        }
                        """));
    }

    /** A plain make project installing one script as bin/<name>. */
    static Path script(Path dir, String name, String output) throws IOException {
        return Fixtures.project(dir, name, "1.0", Map.of(
                "Makefile", """
                        PREFIX ?= /usr/local
                        all:
                        \t@echo nothing to build
                        install:
                        \tinstall -d $(DESTDIR)$(PREFIX)/bin
                        \tinstall -m 755 NAME.sh $(DESTDIR)$(PREFIX)/bin/NAME
                        """.replace("NAME", name),
                name + ".sh", "#!/bin/sh\necho '" + output + "'\n"));
    }

    /**
     * A plain make project whose install puts each of {@code files} (path in the keg, content) in
     * place; files under bin/ are executable.
     */
    static Path installing(Path dir, String name, String version, Map<String, String> files) throws IOException {
        StringBuilder makefile = new StringBuilder("PREFIX ?= /usr/local\nall:\n\t@echo nothing to build\ninstall:\n");
        Map<String, String> sources = new java.util.TreeMap<>();
        int n = 0;
        for (Map.Entry<String, String> file : new java.util.TreeMap<>(files).entrySet()) {
            String source = "file" + (++n);
            sources.put(source, file.getValue());
            makefile.append("\tinstall -D -m ").append(file.getKey().startsWith("bin/") ? "755" : "644").append(' ')
                    .append(source).append(" $(DESTDIR)$(PREFIX)/").append(file.getKey()).append('\n');
        }
        sources.put("Makefile", makefile.toString());
        return Fixtures.project(dir, name, version, sources);
    }
    /**
     * A program that reads a file of its own keg through a path compiled into it (as {@code LOCALEDIR}
     * or {@code DATADIR} are), and uses libone and the release's libtally.
     */
    static Path motd(Path dir) throws IOException {
        return Fixtures.project(dir, "motd", "1.0", Map.of(
                "Makefile", """
                        PREFIX ?= /usr/local
                        motd: motd.c
                        \t$(CC) $(CPPFLAGS) $(CFLAGS) -DMOTD_FILE='"$(PREFIX)/share/motd/motd.txt"' -o $@ motd.c $(LDFLAGS) -lone -ltally
                        install: motd
                        \tinstall -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/motd
                        \tinstall -m 755 motd $(DESTDIR)$(PREFIX)/bin/motd
                        \tinstall -m 644 motd.txt $(DESTDIR)$(PREFIX)/share/motd/motd.txt
                        """,
                "motd.txt", "message of the day\n",
                "motd.c", """
                        #include <stdio.h>
                        #include <one.h>
                        #include <tally.h>
                        int main(void) {
                            char line[100];
                            FILE *f = fopen(MOTD_FILE, "r");
                            if (f == NULL || fgets(line, sizeof line, f) == NULL) {
                                printf("nothing at %s\\n", MOTD_FILE);
                                return 1;
                            }
                            printf("%sread from %s one=%d release=%s\\n", line, MOTD_FILE, one_value(), tally_release());
                            return 0;
                        }
                        """));
    }

    /**
     * A plain-make library, libhi.so.1, whose header names the function {@code hi_text}: exported
     * under {@code symbol}, the header maps the name to it (so a dependent built against version 2
     * imports another symbol than one built against version 1); it returns {@code text}.
     */
    static Path libhi(Path dir, String version, String symbol, String text) throws IOException {
        String header = "const char *" + symbol + "(void);\n" + (symbol.equals("hi_text") ? "" : "#define hi_text " + symbol + "\n");
        return Fixtures.project(dir, "libhi", version, Map.of(
                "Makefile", """
                        PREFIX ?= /usr/local
                        libhi.so.1: hi.c
                        \t$(CC) $(CFLAGS) -fPIC -shared -Wl,-soname,libhi.so.1 -o $@ hi.c $(LDFLAGS)
                        install: libhi.so.1
                        \tinstall -d $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include
                        \tinstall -m 755 libhi.so.1 $(DESTDIR)$(PREFIX)/lib/libhi.so.1
                        \tln -sf libhi.so.1 $(DESTDIR)$(PREFIX)/lib/libhi.so
                        \tinstall -m 644 hi.h $(DESTDIR)$(PREFIX)/include/hi.h
                        """,
                "hi.h", header,
                "hi.c", "const char *" + symbol + "(void) { return \"" + text + "\"; }\n"));
    }

    /** A program printing {@code usehi: <hi_text()>}; with {@code broken}, its source does not compile. */
    static Path usehi(Path dir, String version, boolean broken) throws IOException {
        return Fixtures.project(dir, "usehi", version, Map.of(
                "Makefile", """
                        PREFIX ?= /usr/local
                        usehi: usehi.c
                        \t$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ usehi.c $(LDFLAGS) -lhi
                        install: usehi
                        \tinstall -d $(DESTDIR)$(PREFIX)/bin
                        \tinstall -m 755 usehi $(DESTDIR)$(PREFIX)/bin/usehi
                        """,
                "usehi.c", "#include <stdio.h>\n#include <hi.h>\n"
                        + "int main(void) { printf(\"usehi: %s\\n\", hi_text()); return 0; }\n"
                        + (broken ? "this does not compile\n" : "")));
    }
}
