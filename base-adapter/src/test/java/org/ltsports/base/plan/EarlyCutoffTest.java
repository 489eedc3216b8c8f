package org.ltsports.base.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ltsports.base.LtsRelease;
import org.ltsports.base.ReleaseFixture;
import org.ltsports.base.abi.KegFacts;

/**
 * A port library {@code up} that must be rebuilt (2.0 drops a base symbol it uses), a program {@code down}
 * built on it, and a data-only keg {@code notes} that depends on it.
 */
class EarlyCutoffTest {

    @TempDir
    Path dir;
    ReleaseFixture fixture;
    LtsRelease two;
    RebuildPlan plan;

    @BeforeEach
    void installAgainstOneAndPlanThePinToTwo() throws IOException {
        fixture = new ReleaseFixture(dir);
        fixture.library("1.0", "libbase.so.1", "int base_old(void) { return 1; }\nint base_keep(void) { return 2; }\n", null);
        LtsRelease one = fixture.adopt("1.0", Map.of());
        fixture.library("2.0", "libbase.so.1", "int base_keep(void) { return 2; }\n", null);
        two = fixture.adopt("2.0", Map.of());
        fixture.build("up", "lib/libup.so.1", "int base_old(void);\nint up_one(void) { return base_old(); }\n"
                + "int up_two(void) { return 2; }\n", one, List.of("libbase.so.1"));
        fixture.build("down", "bin/down", "int up_one(void); int up_two(void);\nint main(void) { return up_one() + up_two(); }\n",
                one, List.of("libup.so.1"), "up");
        Files.createDirectories(fixture.keg("notes").resolve("share"));
        Files.writeString(fixture.keg("notes").resolve("share/notes.txt"), "about up\n");
        plan = RebuildPlanner.plan(fixture.abi("1.0"), fixture.abi("2.0"),
                List.of(fixture.scan("notes", one, "up"), fixture.scan("down", one, "up"), fixture.scan("up", one)));
    }

    @Test
    void theLibraryIsRebuiltFirstAndItsUsersAreDecidedAsIfItKeptItsInterface() {
        assertEquals(List.of("up", "down", "notes"), plan.order());
        assertEquals(List.of("lib/libup.so.1 needs base_old (libbase.so.1), absent from 2.0"), plan.decision("up").reasons());
        assertEquals(Decision.REBUILD, plan.decision("up").decision());
        assertEquals(Decision.REPOINT, plan.decision("down").decision());
        assertEquals(Decision.KEEP, plan.decision("notes").decision());
    }

    @Test
    void rebuiltWithIdenticalExportsItsDependentIsStillRepointed() {
        KegFacts rebuilt = rebuildUp("int base_keep(void);\nint up_one(void) { return base_keep(); }\nint up_two(void) { return 2; }\n");
        assertEquals(List.of(), plan.dependentsToRecheck(rebuilt));
        RebuildPlan after = plan.afterRebuild(rebuilt);
        assertEquals(Decision.REPOINT, after.decision("down").decision());
        assertEquals(Decision.KEEP, after.decision("notes").decision());
        assertTrue(after.decision("up").reasons().contains(
                "rebuilt against 2.0 with the same interface: the ports using it need no re-check"), after.decision("up").reasons().toString());
    }

    @Test
    void rebuiltWithoutASymbolItsDependentUsesTheDependentIsRebuilt() {
        KegFacts rebuilt = rebuildUp("int base_keep(void);\nint up_one(void) { return base_keep(); }\n");
        assertEquals(List.of("down", "notes"), plan.dependentsToRecheck(rebuilt));
        RebuildPlan after = plan.afterRebuild(rebuilt);
        assertEquals(Decision.REBUILD, after.decision("down").decision());
        assertEquals(List.of("bin/down needs up_two (libup.so.1), absent from the new build of up"), after.decision("down").reasons());
        assertEquals(Decision.REPOINT, after.decision("notes").decision(), "a port it uses changed its interface");
        assertEquals(List.of("up was rebuilt with another interface; everything taken from it still resolves"),
                after.decision("notes").reasons());
        assertEquals(Decision.REPOINT, plan.decision("down").decision(), "a plan is a value: the first one is unchanged");
    }

    private KegFacts rebuildUp(String source) {
        fixture.build("up", "lib/libup.so.1", source, two, List.of("libbase.so.1"));
        return fixture.scan("up", two);
    }
}
