package org.ltsports.base.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.ltsports.base.BaseException;
import org.ltsports.base.abi.KegFacts;

/**
 * A pin's plan: a decision per keg in dependency order. Carry it out in {@link #order()}, reading each
 * keg's {@link #decision} only when its turn comes: after each REBUILD, {@link #afterRebuild} gives the
 * plan with the dependents re-decided when the rebuilt keg's exports changed (early cutoff).
 */
public final class RebuildPlan {

    private final ReleaseIndex from;
    private final ReleaseIndex to;
    private final Map<String, KegFacts> original;
    private final KegLibraries originalLibraries;
    private final Map<String, Set<String>> upstream;
    private final Map<String, KegDecision> decisions;
    private final Map<String, KegFacts> rebuilt;
    private final Set<String> changed;

    RebuildPlan(ReleaseIndex from, ReleaseIndex to, Map<String, KegFacts> original, KegLibraries originalLibraries,
                Map<String, Set<String>> upstream, Map<String, KegDecision> decisions, Map<String, KegFacts> rebuilt,
                Set<String> changed) {
        this.from = from;
        this.to = to;
        this.original = original;
        this.originalLibraries = originalLibraries;
        this.upstream = upstream;
        this.decisions = decisions;
        this.rebuilt = rebuilt;
        this.changed = changed;
    }

    /** The release pinned before ({@code 1.0}) and the one pinned now. */
    public String fromRelease() {
        return from.name();
    }

    public String toRelease() {
        return to.name();
    }

    /** Every keg's decision, in dependency order. */
    public List<KegDecision> decisions() {
        return List.copyOf(decisions.values());
    }

    /** The kegs in dependency order: what a keg uses comes before it. */
    public List<String> order() {
        return List.copyOf(decisions.keySet());
    }

    public KegDecision decision(String keg) {
        KegDecision decision = decisions.get(keg);
        if (decision == null) {
            throw new BaseException("the plan has no keg " + keg);
        }
        return decision;
    }

    /** The kegs with a decision, in dependency order. */
    public List<String> kegs(Decision decision) {
        return decisions.values().stream().filter(d -> d.decision() == decision).map(KegDecision::keg).toList();
    }

    /**
     * Early cutoff: the kegs to re-check after {@code rebuilt} was rebuilt: none when the export
     * fingerprints of its libraries are the ones it had, else those using it that were not rebuilt yet.
     */
    public List<String> dependentsToRecheck(KegFacts rebuilt) {
        return interfaceChanged(rebuilt) ? users(rebuilt.name()) : List.of();
    }

    private boolean interfaceChanged(KegFacts rebuilt) {
        KegFacts before = original.get(rebuilt.name());
        if (before == null) {
            throw new BaseException("the plan has no keg " + rebuilt.name());
        }
        return !KegLibraries.fingerprints(before).equals(KegLibraries.fingerprints(rebuilt));
    }

    /** The kegs using a keg that were not rebuilt yet, in order. */
    private List<String> users(String keg) {
        Set<String> users = DependencyOrder.downstream(upstream).get(keg);
        return order().stream().filter(users::contains).filter(k -> !rebuilt.containsKey(k)).toList();
    }

    /** The plan after {@code facts} (scanned from the rebuilt keg) replaced a keg's facts, its dependents re-decided. */
    public RebuildPlan afterRebuild(KegFacts facts) {
        boolean interfaceChanged = interfaceChanged(facts);
        List<String> recheck = interfaceChanged ? users(facts.name()) : List.of();
        Map<String, KegFacts> nowRebuilt = new HashMap<>(rebuilt);
        nowRebuilt.put(facts.name(), facts);
        Set<String> nowChanged = new HashSet<>(changed);
        KegLibraries libraries = originalLibraries;
        for (KegFacts keg : nowRebuilt.values()) {
            libraries = libraries.with(keg);
        }
        Map<String, KegDecision> next = new LinkedHashMap<>(decisions);
        List<String> reasons = new ArrayList<>(decision(facts.name()).reasons());
        if (!interfaceChanged) {
            reasons.add("rebuilt against " + to.name() + " with the same interface: the ports using it need no re-check");
        } else {
            nowChanged.add(facts.name());
            reasons.add("rebuilt against " + to.name() + " with another interface"
                    + (recheck.isEmpty() ? "; no port left to re-check uses it" : ": re-checked " + String.join(", ", recheck)));
        }
        next.put(facts.name(), new KegDecision(facts.name(), Decision.REBUILD, reasons, List.of()));
        KegCheck check = new KegCheck(from, to, new LinkageCheck(from, to, originalLibraries, libraries));
        for (String keg : recheck) {
            Set<String> changedUpstream = new TreeSet<>(upstream.get(keg));
            changedUpstream.retainAll(nowChanged);
            next.put(keg, check.decide(original.get(keg), changedUpstream));
        }
        return new RebuildPlan(from, to, original, originalLibraries, upstream, next, Map.copyOf(nowRebuilt),
                Set.copyOf(nowChanged));
    }
}
