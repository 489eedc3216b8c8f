package org.ltsports.base.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.base.Gcc;
import org.ltsports.base.LtsRelease;
import org.ltsports.base.ReleaseFixture;
import org.ltsports.base.elf.TextReferences;

class BaseCheckTest {

    @TempDir
    Path dir;
    ReleaseFixture fixture;
    LtsRelease one;
    LtsRelease two;

    @BeforeEach
    void releasesAndAProgram() {
        fixture = new ReleaseFixture(dir);
        fixture.library("1.0", "libv.so.1", "int v_old(void) { return 1; }\nint v_new(void) { return 2; }\n",
                "LIB_1.0 { global: v_old; local: *; };\nLIB_2.0 { global: v_new; } LIB_1.0;\n");
        one = fixture.adopt("1.0", Map.of());
        fixture.library("2.0", "libv.so.1", "int v_old(void) { return 1; }\n", "LIB_1.0 { global: v_old; local: *; };\n");
        two = fixture.adopt("2.0", Map.of());
        fixture.build("app", "bin/app", "int v_new(void);\nint main(void) { return v_new() - 2; }\n", one, List.of("libv.so.1"));
    }

    private List<String> check(LtsRelease pinned, String previous) {
        return new BaseCheck(pinned, dir.resolve("prefix"), LibrarySearch.HOST_DIRS).check(fixture.keg("app"), previous)
                .stream().map(BaseCheck.Problem::toString).toList();
    }

    @Test
    void aProgramBuiltAgainstThePinnedReleasePasses() {
        assertEquals(List.of(), check(one, null));
    }

    @Test
    void afterARepointTheMissingVersionAndSymbolAreNamed() {
        TextReferences.rewriteSameLength(fixture.keg("app").resolve("bin/app"), one.path().toString(), two.path().toString());
        assertEquals(List.of(
                "bin/app: version LIB_2.0 of libv.so.1 (needed by app) is not defined by " + two.path() + "/lib/libv.so.1",
                "bin/app: needs v_new@LIB_2.0, defined by none of its libraries"), check(two, one.path().toString()));
    }

    @Test
    void aFileStillNamingThePreviousReleaseIsNamed() throws IOException {
        Files.writeString(fixture.keg("app").resolve("app.conf"), "lib=" + one.path() + "/lib\n");
        List<String> problems = check(one, dir.resolve("lts/0.9").toString());
        assertEquals(List.of(), problems, "0.9 is named nowhere");
        assertEquals(List.of("app.conf: still names " + one.path(), "bin/app: still names " + one.path()),
                check(two, one.path().toString()).stream().filter(p -> p.contains("still names")).toList());
    }

    @Test
    void aLibraryFoundOutsideTheReleaseAndThePrefixIsNamedAndAMissingOneToo() {
        Path elsewhere = dir.resolve("elsewhere");
        Gcc.sharedLibrary(elsewhere, "libv.so.1", "int v_new(void) { return 2; }\n",
                "LIB_1.0 { local: *; };\nLIB_2.0 { global: v_new; } LIB_1.0;\n");
        Gcc.sharedLibrary(elsewhere, "libw.so.1", "int w(void) { return 0; }\n", null);
        Path keg = fixture.keg("app");
        Gcc.executable(keg.resolve("bin"), "stray", "int v_new(void);\nint main(void) { return v_new() - 2; }\n",
                "-L" + elsewhere, "-l:libv.so.1", "-Wl,--disable-new-dtags,-rpath," + elsewhere);
        Gcc.executable(keg.resolve("bin"), "lost", "int w(void);\nint main(void) { return w(); }\n",
                "-L" + elsewhere, "-l:libw.so.1");
        assertEquals(List.of("bin/lost: needs libw.so.1, found nowhere",
                "bin/lost: needs w, defined by none of its libraries",
                "bin/stray: libv.so.1 resolves to " + elsewhere.resolve("libv.so.1") + ", outside 1.0 and the prefix"),
                check(one, null));
    }
}
