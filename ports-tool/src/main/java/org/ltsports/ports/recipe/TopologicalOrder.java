package org.ltsports.ports.recipe;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.ltsports.ports.PortsException;

/**
 * Dependencies first, and among what is ready the smallest name first, so the same graph always
 * gives the same order. A cycle is refused, named {@code a -> b -> a}.
 */
final class TopologicalOrder {
    private TopologicalOrder() {
    }

    /**
     * @param needs every node mapped to the nodes it needs; each of those is itself a key
     * @throws PortsException (FAILED) naming one cycle when there is one
     */
    static List<String> of(Map<String, ? extends Collection<String>> needs) {
        Map<String, Integer> waitingFor = new HashMap<>();
        Map<String, List<String>> neededBy = new HashMap<>();
        TreeSet<String> ready = new TreeSet<>();
        needs.forEach((node, deps) -> {
            TreeSet<String> distinct = new TreeSet<>(deps);
            waitingFor.put(node, distinct.size());
            distinct.forEach(dep -> neededBy.computeIfAbsent(dep, d -> new ArrayList<>()).add(node));
            if (distinct.isEmpty()) {
                ready.add(node);
            }
        });
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String node = ready.pollFirst();
            order.add(node);
            for (String user : neededBy.getOrDefault(node, List.of())) {
                if (waitingFor.merge(user, -1, Integer::sum) == 0) {
                    ready.add(user);
                }
            }
        }
        if (order.size() < needs.size()) {
            TreeSet<String> stuck = new TreeSet<>(needs.keySet());
            order.forEach(stuck::remove);
            throw PortsException.failed("dependency cycle: " + String.join(" -> ", cycleIn(stuck, needs))
                    + "; remove one of these dependencies from its recipe's [depends]");
        }
        return order;
    }

    /**
     * A cycle among nodes that never became ready: each of them needs another such node, so
     * walking to the smallest such need must come back to a node already seen.
     */
    private static List<String> cycleIn(TreeSet<String> stuck, Map<String, ? extends Collection<String>> needs) {
        Map<String, Integer> seenAt = new TreeMap<>();
        List<String> path = new ArrayList<>();
        String node = stuck.first();
        while (!seenAt.containsKey(node)) {
            seenAt.put(node, path.size());
            path.add(node);
            node = new TreeSet<>(needs.get(node)).stream().filter(stuck::contains).findFirst().orElseThrow();
        }
        List<String> cycle = new ArrayList<>(path.subList(seenAt.get(node), path.size()));
        String smallest = new TreeSet<>(cycle).first();
        int start = cycle.indexOf(smallest);
        List<String> rotated = new ArrayList<>(cycle.subList(start, cycle.size()));
        rotated.addAll(cycle.subList(0, start));
        rotated.add(smallest);
        return rotated;
    }
}
