package org.ltsports.base.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.ltsports.base.abi.ElfLinkage;
import org.ltsports.base.abi.KegFacts;
import org.ltsports.base.abi.NeededLibrary;
import org.ltsports.base.abi.Provider;
import org.ltsports.base.abi.TextReference;

/** Decides KEEP, REPOINT or REBUILD for one keg, with the rules of DESIGN §3. */
final class KegCheck {

    private final ReleaseIndex from;
    private final ReleaseIndex to;
    private final LinkageCheck linkage;

    KegCheck(ReleaseIndex from, ReleaseIndex to, LinkageCheck linkage) {
        this.from = from;
        this.to = to;
        this.linkage = linkage;
    }

    /** @param changedUpstream the ports it uses that were rebuilt with another interface */
    KegDecision decide(KegFacts keg, Set<String> changedUpstream) {
        List<String> rewrites = rewrites(keg);
        boolean usesBase = !rewrites.isEmpty() || !keg.baseComponents().isEmpty()
                || keg.elfFiles().stream().anyMatch(e -> e.needed().stream().anyMatch(n -> n.provider() == Provider.BASE));
        if (!usesBase && changedUpstream.isEmpty()) {
            return new KegDecision(keg.name(), Decision.KEEP, keepReasons(keg), List.of());
        }
        Set<String> failures = new LinkedHashSet<>();
        keg.elfFiles().forEach(elf -> linkage.check(elf, failures));
        linkage.checkComponents(keg.baseComponents(), failures);
        checkBinaryReferences(keg, failures);
        if (!failures.isEmpty()) {
            return new KegDecision(keg.name(), Decision.REBUILD, List.copyOf(failures), List.of());
        }
        List<String> reasons = new ArrayList<>();
        changedUpstream.forEach(up -> reasons.add(up + " was rebuilt with another interface; everything taken from it still resolves"));
        if (usesBase) {
            reasons.add("every library, symbol version and data size it uses from " + from.name() + " matches in " + to.name());
        }
        boolean samePath = from.path().equals(to.path());
        if (samePath && changedUpstream.isEmpty()) {
            reasons.add("the files naming " + from.path() + " stay valid");
            return new KegDecision(keg.name(), Decision.KEEP, reasons, List.of());
        }
        if (!rewrites.isEmpty() && !samePath) {
            reasons.add(describe(rewrites) + " " + (rewrites.size() == 1 ? "names " : "name ") + from.path()
                    + ", rewritten to " + to.path());
        }
        return new KegDecision(keg.name(), Decision.REPOINT, reasons, samePath ? List.of() : rewrites);
    }

    /** The files naming the old release: text references, and ELF files whose interpreter or DT_RPATH lie in it. */
    private List<String> rewrites(KegFacts keg) {
        Set<String> files = new TreeSet<>();
        keg.textReferences().forEach(r -> files.add(r.path()));
        for (ElfLinkage elf : keg.elfFiles()) {
            if (from.contains(elf.interpreter()) || elf.rpath().stream().anyMatch(from::contains)) {
                files.add(elf.path());
            }
        }
        return List.copyOf(files);
    }

    /** A binary file can only take a path of the same length, except what patchelf rewrites in an ELF file. */
    private void checkBinaryReferences(KegFacts keg, Set<String> failures) {
        if (from.path().length() == to.path().length()) {
            return;
        }
        for (TextReference reference : keg.textReferences()) {
            if (!reference.binary()) {
                continue;
            }
            Set<String> patchable = new LinkedHashSet<>();
            keg.elfFiles().stream().filter(e -> e.path().equals(reference.path())).forEach(e -> {
                patchable.addAll(e.rpath());
                if (e.interpreter() != null) {
                    patchable.add(e.interpreter());
                }
            });
            if (!patchable.containsAll(reference.texts())) {
                failures.add(reference.path() + " names " + from.path() + " inside a binary file, and " + to.path()
                        + " has another length");
            }
        }
    }

    private List<String> keepReasons(KegFacts keg) {
        List<String> reasons = new ArrayList<>();
        keg.elfFiles().stream().filter(ElfLinkage::isStatic).forEach(e -> reasons.add(e.path() + " is statically linked"));
        boolean hostOnly = keg.elfFiles().stream().flatMap(e -> e.needed().stream()).map(NeededLibrary::provider)
                .anyMatch(p -> p == Provider.HOST);
        String what = keg.elfFiles().isEmpty() ? " (no ELF files)" : hostOnly ? " (it uses the host's libraries only)" : "";
        reasons.add("no ELF or text reference into " + from.name() + what
                + (keg.dependencies().isEmpty() ? "" : ", and no port it uses changed its interface"));
        return reasons;
    }

    private static String describe(List<String> files) {
        return files.size() <= 3 ? String.join(", ", files)
                : String.join(", ", files.subList(0, 3)) + " and " + (files.size() - 3) + " more";
    }
}
