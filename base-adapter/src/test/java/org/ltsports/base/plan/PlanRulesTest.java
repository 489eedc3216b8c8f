package org.ltsports.base.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ltsports.base.BaseException;
import org.ltsports.base.abi.ComponentAbi;
import org.ltsports.base.abi.ElfLinkage;
import org.ltsports.base.abi.ExportedSymbol;
import org.ltsports.base.abi.ImportedSymbol;
import org.ltsports.base.abi.KegFacts;
import org.ltsports.base.abi.LibraryAbi;
import org.ltsports.base.abi.NeededLibrary;
import org.ltsports.base.abi.Provider;
import org.ltsports.base.abi.ReleaseAbi;
import org.ltsports.base.abi.TextReference;
import org.ltsports.base.elf.SymbolType;

/** The rules the real-library tests do not reach, on facts written by hand. */
class PlanRulesTest {

    static final LibraryAbi LIBC = new LibraryAbi("libc.so.6", List.of(), List.of("GLIBC_2.2.5"),
            List.of(new ExportedSymbol("puts", "GLIBC_2.2.5", true, SymbolType.FUNC, 0)));

    static ReleaseAbi release(String name, String path, String loader, String tag) {
        return new ReleaseAbi(name, path, loader, null, List.of(new ComponentAbi("libc6", "2.36", tag, List.of(LIBC))));
    }

    static KegFacts program(String name, String interpreter, List<TextReference> references, List<String> components) {
        ElfLinkage elf = new ElfLinkage("bin/" + name, interpreter, false, List.of("/lts/1.0/lib"),
                List.of(new NeededLibrary("libc.so.6", Provider.BASE, "libc6", "/lts/1.0/lib/libc.so.6", List.of("GLIBC_2.2.5"))),
                List.of(new ImportedSymbol("puts", "GLIBC_2.2.5", "libc.so.6", SymbolType.FUNC, 0, false)), null);
        return new KegFacts(name, List.of(), List.of(elf), references, components);
    }

    @Test
    void aProgramOnTheOldSysrootsLoaderIsRebuiltForAnOverlay() {
        KegFacts keg = program("x", "/lts/1.0/lib64/ld-linux-x86-64.so.2", List.of(), List.of());
        RebuildPlan plan = RebuildPlanner.plan(release("1.0", "/lts/1.0", "/lts/1.0/lib64/ld-linux-x86-64.so.2", null),
                release("2.0", "/lts/2.0", null, null), List.of(keg));
        assertEquals(List.of("bin/x runs on the loader of 1.0, and 2.0 is an overlay release without one"),
                plan.decision("x").reasons());
        RebuildPlan sysroot = RebuildPlanner.plan(release("1.0", "/lts/1.0", "/lts/1.0/lib64/ld-linux-x86-64.so.2", null),
                release("2.0", "/lts/2.0", "/lts/2.0/lib64/ld-linux-x86-64.so.2", null), List.of(keg));
        assertEquals(Decision.REPOINT, sysroot.decision("x").decision());
        assertEquals(List.of("bin/x"), sysroot.decision("x").rewrites());
    }

    @Test
    void aBinaryFileNamingTheReleaseNeedsAPathOfTheSameLengthUnlessPatchelfRewritesIt() {
        TextReference rpathOnly = new TextReference("bin/x", List.of("/lts/1.0/lib"), true);
        TextReference data = new TextReference("share/x.db", List.of("/lts/1.0/share/x"), true);
        TextReference text = new TextReference("etc/x.conf", List.of("/lts/1.0/etc"), false);
        KegFacts keg = program("x", null, List.of(rpathOnly, data, text), List.of());
        RebuildPlan longer = RebuildPlanner.plan(release("1.0", "/lts/1.0", null, null), release("10.0", "/lts/10.0", null, null), List.of(keg));
        assertEquals(List.of("share/x.db names /lts/1.0 inside a binary file, and /lts/10.0 has another length"),
                longer.decision("x").reasons());
        RebuildPlan same = RebuildPlanner.plan(release("1.0", "/lts/1.0", null, null), release("2.0", "/lts/2.0", null, null), List.of(keg));
        assertEquals(Decision.REPOINT, same.decision("x").decision());
        assertEquals(List.of("bin/x", "etc/x.conf", "share/x.db"), same.decision("x").rewrites());
    }

    @Test
    void aNewGenerationOfTheSameReleaseKeepsWhatStillResolves() {
        KegFacts keg = program("x", null, List.of(new TextReference("bin/x", List.of("/lts/1.0/lib"), true)), List.of());
        RebuildPlan plan = RebuildPlanner.plan(release("1.0", "/lts/1.0", null, null), release("1.0", "/lts/1.0", null, null), List.of(keg));
        assertEquals(Decision.KEEP, plan.decision("x").decision());
        assertTrue(plan.decision("x").reasons().contains("the files naming /lts/1.0 stay valid"));
    }

    @Test
    void aComponentTheRecipeNamesCountsWithItsAbiTag() {
        KegFacts headersOnly = new KegFacts("h", List.of(), List.of(), List.of(), List.of("libc6"));
        RebuildPlan plan = RebuildPlanner.plan(release("1.0", "/lts/1.0", null, null), release("2.0", "/lts/2.0", null, "t64"),
                List.of(headersOnly));
        assertEquals(List.of("it uses libc6, whose ABI tag changed from none to t64"), plan.decision("h").reasons());
    }

    @Test
    void aDependencyCycleAndATwiceListedKegAreRefused() {
        KegFacts a = new KegFacts("a", List.of("b"), List.of(), List.of(), List.of());
        KegFacts b = new KegFacts("b", List.of("a"), List.of(), List.of(), List.of());
        ReleaseAbi r = release("1.0", "/lts/1.0", null, null);
        BaseException cycle = assertThrows(BaseException.class, () -> RebuildPlanner.plan(r, r, List.of(a, b)));
        assertEquals("the installed ports depend on each other in a cycle: a, b", cycle.getMessage());
        assertThrows(BaseException.class, () -> RebuildPlanner.plan(r, r, List.of(a, a)));
    }
}
