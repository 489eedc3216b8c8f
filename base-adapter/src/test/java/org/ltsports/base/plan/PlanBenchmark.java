package org.ltsports.base.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
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

/**
 * Plan time on synthetic facts (run by scripts/bench-plan.sh, not a test): {@code kegs} installed kegs
 * with {@code files} ELF files each (one a shared library), against releases of 400 libraries with
 * 300 exports each; the new release drops symbols, bumps SONAMEs, grows data and sets tags here and there.
 */
public final class PlanBenchmark {

    private static final int LIBRARIES = 400;
    private static final int EXPORTS = 300;

    private PlanBenchmark() {
    }

    public static void main(String[] args) {
        int kegs = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int files = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        ReleaseAbi from = release("1.0", new Random(1), false);
        ReleaseAbi to = release("2.0", new Random(1), true);
        List<KegFacts> installed = kegs(kegs, files, new Random(2));
        long[] millis = new long[runs];
        RebuildPlan plan = null;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            plan = RebuildPlanner.plan(from, to, installed);
            millis[run] = (System.nanoTime() - start) / 1_000_000;
        }
        Map<Decision, Integer> counts = new TreeMap<>();
        plan.decisions().forEach(d -> counts.merge(d.decision(), 1, Integer::sum));
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        long imports = installed.stream().flatMap(k -> k.elfFiles().stream()).mapToLong(e -> e.imports().size()).sum();
        System.out.printf("plan of %d kegs x %d ELF files (%d imports in all): first run %d ms, median of %d runs %d ms, best %d ms%n",
                kegs, files, imports, millis[0], runs, sorted[runs / 2], sorted[0]);
        System.out.println("decisions: " + counts);
    }

    static ReleaseAbi release(String name, Random random, boolean changed) {
        List<ComponentAbi> components = new ArrayList<>();
        for (int i = 0; i < LIBRARIES; i++) {
            int cut = changed && random.nextInt(1000) < 5 ? EXPORTS - 10 : EXPORTS;
            boolean bump = changed && random.nextInt(1000) < 1;
            boolean grow = changed && random.nextInt(1000) < 2;
            String tag = changed && random.nextInt(1000) < 1 ? "t1" : null;
            List<ExportedSymbol> exports = new ArrayList<>();
            for (int s = 0; s < cut; s++) {
                boolean data = s % 30 == 0;
                exports.add(new ExportedSymbol("sym" + i + "_" + s, s % 2 == 0 ? "V_1" : null, true,
                        data ? SymbolType.OBJECT : SymbolType.FUNC, data ? (grow ? 16 : 8) : 0));
            }
            List<String> needed = i == 0 ? List.of() : List.of(soname(0, false));
            components.add(new ComponentAbi("lib" + i, "1", tag,
                    List.of(new LibraryAbi(soname(i, bump), needed, List.of("V_1"), exports))));
        }
        return new ReleaseAbi(name, "/lts/" + name, null, null, components);
    }

    static List<KegFacts> kegs(int count, int files, Random random) {
        List<KegFacts> kegs = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            List<String> deps = new ArrayList<>();
            for (int d = 0; d < 3 && k > 0; d++) {
                String dep = "keg" + random.nextInt(k);
                if (!deps.contains(dep)) {
                    deps.add(dep);
                }
            }
            List<ElfLinkage> elves = new ArrayList<>();
            for (int f = 0; f < files; f++) {
                elves.add(elf(k, f, deps, random));
            }
            kegs.add(new KegFacts("keg" + k, deps, elves,
                    List.of(new TextReference("share/keg" + k + ".conf", List.of("/lts/1.0/share"), false)), List.of()));
        }
        return kegs;
    }

    private static ElfLinkage elf(int keg, int file, List<String> deps, Random random) {
        List<NeededLibrary> needed = new ArrayList<>();
        List<ImportedSymbol> imports = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            int lib = random.nextInt(LIBRARIES);
            needed.add(new NeededLibrary(soname(lib, false), Provider.BASE, "lib" + lib, "/lts/1.0/lib/" + soname(lib, false), List.of("V_1")));
            for (int s = 0; s < 7; s++) {
                int sym = random.nextInt(EXPORTS);
                boolean data = sym % 30 == 0;
                imports.add(new ImportedSymbol("sym" + lib + "_" + sym, sym % 2 == 0 ? "V_1" : null, soname(lib, false),
                        data ? SymbolType.OBJECT : SymbolType.FUNC, data ? 8 : 0, false));
            }
        }
        for (String dep : deps) {
            needed.add(new NeededLibrary("lib" + dep + ".so.1", Provider.KEG, dep, "/p/opt/" + dep + "/lib", List.of()));
            imports.add(new ImportedSymbol(dep + "_api1", null, "lib" + dep + ".so.1", SymbolType.FUNC, 0, false));
        }
        LibraryAbi exports = null;
        if (file == 0) {
            List<ExportedSymbol> api = new ArrayList<>();
            for (int s = 0; s < 50; s++) {
                api.add(new ExportedSymbol("keg" + keg + "_api" + s, null, true, SymbolType.FUNC, 0));
            }
            exports = new LibraryAbi("libkeg" + keg + ".so.1", List.of(), List.of(), api);
        }
        String path = file == 0 ? "lib/libkeg" + keg + ".so.1" : "bin/tool" + file;
        return new ElfLinkage(path, null, false, List.of("/lts/1.0/lib"), needed, imports, exports);
    }

    private static String soname(int lib, boolean bumped) {
        return "libbase" + lib + ".so." + (bumped ? 2 : 1);
    }
}
