package org.ltsports.base.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.base.Gcc;
import org.ltsports.base.LtsRelease;
import org.ltsports.base.ReleaseFixture;
import org.ltsports.base.abi.KegFacts;
import org.ltsports.base.elf.TextReferences;

/** Pins between releases of libraries gcc builds, with kegs built against the first. */
class RebuildPlannerTest {

    static final String FOO = "int foo_a(void) { return 1; }\nint foo_b(void) { return 2; }\n";
    static final String USES_A = "#include <stdio.h>\nint foo_a(void);\nint main(void) { printf(\"%d\\n\", foo_a()); return 0; }\n";
    static final String USES_B = "#include <stdio.h>\nint foo_b(void);\nint main(void) { printf(\"%d\\n\", foo_b()); return 0; }\n";

    @TempDir
    Path dir;
    ReleaseFixture fixture;

    @BeforeEach
    void fixture() {
        fixture = new ReleaseFixture(dir);
    }

    /** Release 1.0 with libfoo, kegs a and b built against it, and release 2.0 with {@code foo2} as libfoo.so.1. */
    private RebuildPlan pinFoo(String foo2, String soname2) {
        fixture.library("1.0", "libfoo.so.1", FOO, null);
        LtsRelease one = fixture.adopt("1.0", Map.of());
        fixture.build("a", "bin/a", USES_A, one, List.of("libfoo.so.1"));
        fixture.build("b", "bin/b", USES_B, one, List.of("libfoo.so.1"));
        fixture.library("2.0", soname2, foo2, null);
        fixture.adopt("2.0", Map.of());
        return RebuildPlanner.plan(fixture.abi("1.0"), fixture.abi("2.0"),
                List.of(fixture.scan("a", one), fixture.scan("b", one)));
    }

    @Test
    void aNewReleaseThatIsASupersetRepointsEveryUserAndTheRepointedProgramRunsOnIt() {
        RebuildPlan plan = pinFoo(FOO.replace("return 1", "return 21") + "int foo_c(void) { return 3; }\n", "libfoo.so.1");
        assertEquals(List.of("a", "b"), plan.kegs(Decision.REPOINT));
        KegDecision a = plan.decision("a");
        assertEquals(List.of("bin/a"), a.rewrites());
        assertTrue(a.reasons().contains("every library, symbol version and data size it uses from 1.0 matches in 2.0"), a.reasons().toString());

        Path program = fixture.keg("a").resolve("bin/a");
        String from = fixture.root().path().resolve("1.0").toString();
        String to = fixture.root().path().resolve("2.0").toString();
        assertEquals(1, TextReferences.rewriteSameLength(program, from, to));
        assertEquals("21\n", Gcc.run(dir, List.of(program.toString())), "the re-pointed program loads 2.0's libfoo");
        assertEquals(List.of("foo_c"), ReleaseDiff.between(fixture.abi("1.0"), fixture.abi("2.0")).components().get(0).symbolsAdded());
    }

    @Test
    void aSymbolRemovedUnderTheSameSonameRebuildsItsUsersOnly() {
        RebuildPlan plan = pinFoo("int foo_a(void) { return 1; }\n", "libfoo.so.1");
        assertEquals(Decision.REPOINT, plan.decision("a").decision());
        assertEquals(Decision.REBUILD, plan.decision("b").decision());
        assertEquals(List.of("bin/b needs foo_b (libfoo.so.1), absent from 2.0"), plan.decision("b").reasons());
        ComponentDiff diff = ReleaseDiff.between(fixture.abi("1.0"), fixture.abi("2.0")).components().get(0);
        assertEquals(List.of("foo_b"), diff.symbolsRemoved());
    }

    @Test
    void aSonameBumpRebuildsEveryUser() {
        RebuildPlan plan = pinFoo(FOO, "libfoo.so.2");
        assertEquals(List.of("a", "b"), plan.kegs(Decision.REBUILD));
        assertEquals(List.of("bin/a needs libfoo.so.1, absent from 2.0"), plan.decision("a").reasons());
        ReleaseDiff diff = ReleaseDiff.between(fixture.abi("1.0"), fixture.abi("2.0"));
        assertEquals(List.of("libfoo.so.1", "libfoo.so.2"), diff.components().stream().map(ComponentDiff::name).toList(),
                "without a package database each SONAME is its own component");
        assertEquals(List.of("libfoo.so.1"), diff.components().get(0).sonamesRemoved());
    }

    @Test
    void aPinToAnOlderReleaseRebuildsWhatNeedsANewerSymbolVersionAndRepointsTheRest() {
        String both = "int v_old(void) { return 1; }\nint v_new(void) { return 2; }\n";
        fixture.library("2.0", "libv.so.1", both, "LIB_1.0 { global: v_old; local: *; };\nLIB_2.0 { global: v_new; } LIB_1.0;\n");
        LtsRelease two = fixture.adopt("2.0", Map.of());
        fixture.library("1.0", "libv.so.1", "int v_old(void) { return 1; }\n", "LIB_1.0 { global: v_old; local: *; };\n");
        fixture.adopt("1.0", Map.of());
        fixture.build("newer", "bin/newer", "int v_new(void);\nint main(void) { return v_new() - 2; }\n", two, List.of("libv.so.1"));
        fixture.build("older", "bin/older", "int v_old(void);\nint main(void) { return v_old() - 1; }\n", two, List.of("libv.so.1"));
        RebuildPlan plan = RebuildPlanner.plan(fixture.abi("2.0"), fixture.abi("1.0"),
                List.of(fixture.scan("newer", two), fixture.scan("older", two)));
        assertEquals(Decision.REBUILD, plan.decision("newer").decision());
        assertEquals(List.of("bin/newer needs version LIB_2.0 of libv.so.1, which 1.0 does not define",
                "bin/newer needs v_new@LIB_2.0 (libv.so.1), absent from 1.0"), plan.decision("newer").reasons());
        assertEquals(Decision.REPOINT, plan.decision("older").decision());
    }

    @Test
    void aStructLayoutChangeInvisibleToElfRepointsUntilTheReleaseSetsANewAbiTag() {
        fixture.library("1.0", "libshape.so.1", "struct shape { int w; };\nint area(struct shape *s) { return s->w; }\n", null);
        LtsRelease one = fixture.adopt("1.0", Map.of());
        fixture.build("draw", "bin/draw", "struct shape { int w; };\nint area(struct shape *);\n"
                + "int main(void) { struct shape s = { 3 }; return area(&s) - 3; }\n", one, List.of("libshape.so.1"));
        KegFacts draw = fixture.scan("draw", one);
        fixture.library("2.0", "libshape.so.1", "struct shape { int h; int w; };\nint area(struct shape *s) { return s->h * s->w; }\n", null);
        fixture.adopt("2.0", Map.of());
        assertEquals(Decision.REPOINT, RebuildPlanner.plan(fixture.abi("1.0"), fixture.abi("2.0"), List.of(draw)).decision("draw").decision());

        fixture.adopt("2.0", Map.of("libshape.so.1", "2"));
        KegDecision tagged = RebuildPlanner.plan(fixture.abi("1.0"), fixture.abi("2.0"), List.of(draw)).decision("draw");
        assertEquals(Decision.REBUILD, tagged.decision());
        assertEquals(List.of("bin/draw uses libshape.so.1 (libshape.so.1), whose ABI tag changed from none to 2"), tagged.reasons());
        assertTrue(ReleaseDiff.between(fixture.abi("1.0"), fixture.abi("2.0")).components().get(0).tagChanged());
    }

    @Test
    void anExportedDataObjectThatGrowsRebuildsTheProgramsUsingIt() {
        fixture.library("1.0", "libdata.so.1", "int table[4];\nint lookup(int i) { return table[i]; }\n", null);
        LtsRelease one = fixture.adopt("1.0", Map.of());
        fixture.build("reader", "bin/reader", "extern int table[4];\nint main(void) { return table[0]; }\n", one, List.of("libdata.so.1"));
        fixture.build("caller", "bin/caller", "int lookup(int);\nint main(void) { return lookup(0); }\n", one, List.of("libdata.so.1"));
        fixture.library("2.0", "libdata.so.1", "int table[8];\nint lookup(int i) { return table[i]; }\n", null);
        fixture.adopt("2.0", Map.of());
        RebuildPlan plan = RebuildPlanner.plan(fixture.abi("1.0"), fixture.abi("2.0"),
                List.of(fixture.scan("reader", one), fixture.scan("caller", one)));
        assertEquals(List.of("bin/reader uses the data object table of libdata.so.1: 16 bytes in 1.0, 32 in 2.0"),
                plan.decision("reader").reasons());
        assertEquals(Decision.REBUILD, plan.decision("reader").decision());
        assertEquals(Decision.REPOINT, plan.decision("caller").decision());
        assertEquals(List.of("table: 16 -> 32 bytes"),
                ReleaseDiff.between(fixture.abi("1.0"), fixture.abi("2.0")).components().get(0).sizesChanged());
    }

    @Test
    void aDataOnlyKegAndAFullyStaticBinaryAreKept() throws Exception {
        fixture.library("1.0", "libfoo.so.1", FOO, null);
        LtsRelease one = fixture.adopt("1.0", Map.of());
        java.nio.file.Files.createDirectories(fixture.keg("docs").resolve("share/doc"));
        java.nio.file.Files.writeString(fixture.keg("docs").resolve("share/doc/README"), "plain text\n");
        Gcc.executable(java.nio.file.Files.createDirectories(fixture.keg("tool").resolve("bin")), "tool",
                "int main(void) { return 0; }\n", "-static");
        fixture.library("2.0", "libfoo.so.2", FOO, null);
        fixture.adopt("2.0", Map.of());
        RebuildPlan plan = RebuildPlanner.plan(fixture.abi("1.0"), fixture.abi("2.0"),
                List.of(fixture.scan("docs", one), fixture.scan("tool", one)));
        assertEquals(List.of("docs", "tool"), plan.kegs(Decision.KEEP));
        assertEquals(List.of("no ELF or text reference into 1.0 (no ELF files)"), plan.decision("docs").reasons());
        assertEquals(List.of("bin/tool is statically linked", "no ELF or text reference into 1.0"), plan.decision("tool").reasons());
    }
}
