package org.ltsports.ports.upgrade;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.ltsports.base.LtsRelease;
import org.ltsports.base.abi.KegFacts;
import org.ltsports.base.abi.Provider;
import org.ltsports.base.abi.ReleaseAbi;
import org.ltsports.base.abi.ReleaseAbiReader;
import org.ltsports.base.plan.Decision;
import org.ltsports.base.plan.KegDecision;
import org.ltsports.base.plan.RebuildPlan;
import org.ltsports.base.plan.RebuildPlanner;
import org.ltsports.ports.install.InstalledLinkage;
import org.ltsports.prefix.receipt.Receipt;

/**
 * Which installed kegs must be rebuilt after a keg they use was replaced, decided on linkage facts
 * by the base adapter's planner (a plan from the pinned release to itself, where only replaced
 * kegs change): a dependent is rebuilt when a library it needs from the replaced keg, a symbol
 * version or a strong import it takes from it no longer resolves against the new keg's exports, or
 * a data object it uses changed size. Early cutoff: when the new keg's libraries export what the
 * old ones did (same fingerprints), no dependent is looked at.
 */
final class DependentCheck {

    /** A dependent to rebuild, and why, in words. */
    record Rebuild(String keg, List<String> reasons) {
    }

    private final LtsRelease release;
    private final List<KegFacts> installed;
    private RebuildPlan plan;

    private DependentCheck(LtsRelease release, List<KegFacts> installed) {
        this.release = release;
        this.installed = installed;
    }

    /**
     * The check over the installed kegs' facts as they are before anything is replaced. The
     * release's interface is read only when a replaced keg is used by another.
     */
    static DependentCheck of(LtsRelease release, Collection<Receipt> installed, InstalledLinkage linkage) {
        List<KegFacts> facts = new ArrayList<>();
        for (Receipt receipt : installed) {
            facts.add(linkage.of(receipt));
        }
        return new DependentCheck(release, List.copyOf(facts));
    }

    /**
     * The dependents to rebuild now that a keg was replaced by one with the facts {@code replaced};
     * each rebuilt dependent is to be reported here too, so its own dependents are checked.
     */
    List<Rebuild> after(KegFacts replaced) {
        if (plan == null) {
            if (!isUsed(replaced.name())) {
                return List.of(); // nothing loads it or names it: no keg's decision can change
            }
            ReleaseAbi abi = ReleaseAbiReader.read(release);
            plan = RebuildPlanner.plan(abi, abi, installed);
        }
        if (!plan.order().contains(replaced.name())) {
            return List.of();
        }
        List<String> users = plan.dependentsToRecheck(replaced);
        plan = plan.afterRebuild(replaced);
        List<Rebuild> rebuilds = new ArrayList<>();
        for (String user : users) {
            KegDecision decision = plan.decision(user);
            if (decision.decision() == Decision.REBUILD) {
                rebuilds.add(new Rebuild(user, decision.reasons()));
            }
        }
        return rebuilds;
    }

    /** True when an installed keg names {@code keg} as a dependency or loads a library of it. */
    private boolean isUsed(String keg) {
        return installed.stream().filter(f -> !f.name().equals(keg)).anyMatch(f -> f.dependencies().contains(keg)
                || f.elfFiles().stream().flatMap(e -> e.needed().stream())
                .anyMatch(n -> n.provider() == Provider.KEG && keg.equals(n.from())));
    }
}
