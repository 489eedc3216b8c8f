package org.ltsports.ports.bottle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real keg for the tests, built with gcc and installed by hand as a build would install it:
 * {@code <prefix>/Cellar/demo/1.0} with a shared library and its link, a program whose DT_RPATH
 * names {@code <prefix>/opt/demo/lib} and the release's lib directory and whose interpreter is
 * the release's loader (a copy of this machine's), a pkg-config file and a read-only text file
 * naming the prefix, and optionally a path compiled into the program ({@code LOCALEDIR}).
 */
final class DemoKeg {
    static final String RELEASE = "1.0";
    static final String GREETING = "hello from libdemo";

    private static final String LIBRARY = """
            const char *demo_greeting(void) { return "%s"; }
            """.formatted(GREETING);
    private static final String PROGRAM = """
            #include <stdio.h>
            const char *demo_greeting(void);
            int main(void) {
                puts(demo_greeting());
            #ifdef LOCALEDIR
                puts(LOCALEDIR);
            #endif
                return 0;
            }
            """;

    private DemoKeg() {
    }

    /** Builds and installs the keg; returns its directory. */
    static Path install(Path prefix, Path ltsRoot, Path work, boolean compiledInPath) throws Exception {
        Path keg = Files.createDirectories(prefix.resolve("Cellar/demo/1.0"));
        Path lib = Files.createDirectories(keg.resolve("lib"));
        Path bin = Files.createDirectories(keg.resolve("bin"));
        Files.createDirectories(prefix.resolve("opt"));
        Files.createSymbolicLink(prefix.resolve("opt/demo"), Path.of("../Cellar/demo/1.0"));
        Path releaseDir = release(ltsRoot);
        Files.createDirectories(work);
        Files.writeString(work.resolve("demo.c"), LIBRARY);
        Files.writeString(work.resolve("main.c"), PROGRAM);

        Run.output(work, "gcc", "-shared", "-fPIC", "-Wl,-soname,libdemo.so.1", "-o",
                lib.resolve("libdemo.so.1").toString(), "demo.c");
        Files.createSymbolicLink(lib.resolve("libdemo.so"), Path.of("libdemo.so.1"));
        List<String> gcc = new ArrayList<>(List.of("gcc", "-o", bin.resolve("demo").toString(), "main.c",
                "-L" + lib, "-ldemo",
                "-Wl,--disable-new-dtags,-rpath," + prefix.resolve("opt/demo/lib") + ":" + releaseDir.resolve("lib"),
                "-Wl,--dynamic-linker=" + loader(releaseDir)));
        if (compiledInPath) {
            gcc.add("-DLOCALEDIR=\"" + prefix.resolve("share/locale") + "\"");
        }
        Run.output(work, gcc.toArray(String[]::new));

        Path pkgconfig = Files.createDirectories(lib.resolve("pkgconfig"));
        Files.writeString(pkgconfig.resolve("demo.pc"), """
                prefix=%s
                libdir=${prefix}/lib
                Name: demo
                Description: a greeting
                Version: 1.0
                Libs: -L${libdir} -Wl,-rpath,%s -ldemo
                """.formatted(prefix.resolve("opt/demo"), prefix.resolve("opt/demo/lib")));
        Path doc = Files.createDirectories(keg.resolve("share/doc/demo"));
        Files.writeString(doc.resolve("README"), "demo lives in " + prefix + "/opt/demo and uses " + releaseDir + "\n");
        Files.setPosixFilePermissions(doc.resolve("README"), PosixFilePermissions.fromString("r--r--r--"));
        return keg;
    }

    /** A release directory under {@code ltsRoot} with a lib directory and a copy of this machine's loader. */
    static Path release(Path ltsRoot) throws IOException {
        Path releaseDir = ltsRoot.resolve(RELEASE);
        Files.createDirectories(releaseDir.resolve("lib"));
        Path loader = loader(releaseDir);
        if (!Files.exists(loader)) {
            Files.createDirectories(loader.getParent());
            Files.copy(hostLoader(), loader);
            Files.setPosixFilePermissions(loader, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return releaseDir;
    }

    static KegFacts facts(Path prefix, Path ltsRoot) {
        return KegFacts.of("demo", "1.0", 0, RELEASE, prefix, ltsRoot, List.of("zlib"), Map.of("libc", "glibc-2.36"));
    }

    private static Path loader(Path releaseDir) throws IOException {
        return releaseDir.resolve("lib64").resolve(hostLoader().getFileName());
    }

    /** The dynamic loader this machine's programs use, as /bin/sh names it. */
    private static Path hostLoader() throws IOException {
        return Path.of(new PatchelfPaths().read(Path.of("/bin/sh")).orElseThrow().interpreter().orElseThrow());
    }
}
