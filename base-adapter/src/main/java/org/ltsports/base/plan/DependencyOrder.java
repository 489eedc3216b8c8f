package org.ltsports.base.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ltsports.base.BaseException;
import org.ltsports.base.abi.KegFacts;
import org.ltsports.base.abi.NeededLibrary;
import org.ltsports.base.abi.Provider;

/**
 * The kegs in dependency order (what a keg uses comes before it; ties by name) and who uses whom.
 * A keg uses another when it names it as a dependency or one of its ELF files needs its library.
 */
final class DependencyOrder {

    private DependencyOrder() {
    }

    /** For each keg, the installed kegs it uses. */
    static Map<String, Set<String>> upstream(Collection<KegFacts> kegs) {
        Set<String> installed = new TreeSet<>();
        kegs.forEach(k -> installed.add(k.name()));
        Map<String, Set<String>> upstream = new TreeMap<>();
        for (KegFacts keg : kegs) {
            Set<String> uses = new TreeSet<>();
            keg.dependencies().stream().filter(installed::contains).forEach(uses::add);
            keg.elfFiles().forEach(e -> e.needed().stream().filter(n -> n.provider() == Provider.KEG)
                    .map(NeededLibrary::from).filter(installed::contains).forEach(uses::add));
            uses.remove(keg.name());
            upstream.put(keg.name(), uses);
        }
        return upstream;
    }

    /** For each keg, the kegs that use it. */
    static Map<String, Set<String>> downstream(Map<String, Set<String>> upstream) {
        Map<String, Set<String>> downstream = new HashMap<>();
        upstream.keySet().forEach(k -> downstream.put(k, new TreeSet<>()));
        upstream.forEach((keg, uses) -> uses.forEach(u -> downstream.get(u).add(keg)));
        return downstream;
    }

    /** Kahn's algorithm; a cycle is refused with the kegs on it. */
    static List<String> of(Map<String, Set<String>> upstream) {
        Map<String, Integer> waiting = new HashMap<>();
        upstream.forEach((keg, uses) -> waiting.put(keg, uses.size()));
        Map<String, Set<String>> downstream = downstream(upstream);
        TreeSet<String> ready = new TreeSet<>();
        waiting.forEach((keg, n) -> {
            if (n == 0) {
                ready.add(keg);
            }
        });
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String keg = ready.pollFirst();
            order.add(keg);
            for (String user : downstream.get(keg)) {
                if (waiting.merge(user, -1, Integer::sum) == 0) {
                    ready.add(user);
                }
            }
        }
        if (order.size() < upstream.size()) {
            Set<String> cycle = new TreeSet<>(upstream.keySet());
            order.forEach(cycle::remove);
            throw new BaseException("the installed ports depend on each other in a cycle: " + String.join(", ", cycle));
        }
        return order;
    }
}
