package org.ltsports.base.plan;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.ltsports.base.BaseException;
import org.ltsports.base.abi.KegFacts;
import org.ltsports.base.abi.ReleaseAbi;

/**
 * Plans a pin from one release to another on facts alone (no disk access): each installed keg is
 * kept, re-pointed or rebuilt, in dependency order. Ports a rebuilt keg uses are assumed to keep
 * their interface; {@link RebuildPlan#afterRebuild} re-checks the dependents when one does not.
 */
public final class RebuildPlanner {

    private RebuildPlanner() {
    }

    public static RebuildPlan plan(ReleaseAbi from, ReleaseAbi to, Collection<KegFacts> kegs) {
        Map<String, KegFacts> byName = new LinkedHashMap<>();
        for (KegFacts keg : kegs) {
            if (byName.put(keg.name(), keg) != null) {
                throw new BaseException("the keg " + keg.name() + " is listed twice");
            }
        }
        ReleaseIndex fromIndex = new ReleaseIndex(from);
        ReleaseIndex toIndex = new ReleaseIndex(to);
        KegLibraries libraries = KegLibraries.of(byName.values());
        Map<String, Set<String>> upstream = DependencyOrder.upstream(byName.values());
        KegCheck check = new KegCheck(fromIndex, toIndex, new LinkageCheck(fromIndex, toIndex, libraries, libraries));
        Map<String, KegDecision> decisions = new LinkedHashMap<>();
        for (String keg : DependencyOrder.of(upstream)) {
            decisions.put(keg, check.decide(byName.get(keg), Set.of()));
        }
        return new RebuildPlan(fromIndex, toIndex, byName, libraries, upstream, decisions, Map.of(), Set.of());
    }
}
