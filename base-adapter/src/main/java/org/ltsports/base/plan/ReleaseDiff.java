package org.ltsports.base.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ltsports.base.abi.ComponentAbi;
import org.ltsports.base.abi.ExportedSymbol;
import org.ltsports.base.abi.LibraryAbi;
import org.ltsports.base.abi.ReleaseAbi;

/**
 * What differs between two releases, component by component (matched by name): versions, SONAMEs,
 * exported symbols, data sizes and ABI tags. Components that did not change are left out.
 */
public record ReleaseDiff(String from, String to, List<ComponentDiff> components) {

    public ReleaseDiff {
        components = List.copyOf(components);
    }

    public static ReleaseDiff between(ReleaseAbi from, ReleaseAbi to) {
        Map<String, ComponentAbi> before = byName(from);
        Map<String, ComponentAbi> after = byName(to);
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        List<ComponentDiff> diffs = new ArrayList<>();
        for (String name : names) {
            ComponentDiff diff = compare(name, before.get(name), after.get(name));
            boolean same = Objects.equals(diff.oldVersion(), diff.newVersion()) && !diff.tagChanged()
                    && diff.sonamesRemoved().isEmpty() && diff.sonamesAdded().isEmpty() && diff.symbolsRemoved().isEmpty()
                    && diff.symbolsAdded().isEmpty() && diff.sizesChanged().isEmpty();
            if (!same) {
                diffs.add(diff);
            }
        }
        return new ReleaseDiff(from.name(), to.name(), diffs);
    }

    public boolean isEmpty() {
        return components.isEmpty();
    }

    private static ComponentDiff compare(String name, ComponentAbi before, ComponentAbi after) {
        Map<String, ExportedSymbol> old = exports(before);
        Map<String, ExportedSymbol> now = exports(after);
        List<String> sizes = new ArrayList<>();
        old.forEach((key, symbol) -> {
            ExportedSymbol next = now.get(key);
            if (next != null && (symbol.type().isData() || next.type().isData()) && symbol.size() != next.size()) {
                sizes.add(key + ": " + symbol.size() + " -> " + next.size() + " bytes");
            }
        });
        return new ComponentDiff(name, before == null ? null : before.version(), after == null ? null : after.version(),
                missing(sonames(before), sonames(after)), missing(sonames(after), sonames(before)),
                missing(old.keySet(), now.keySet()), missing(now.keySet(), old.keySet()), sizes,
                before == null ? null : before.abiTag(), after == null ? null : after.abiTag());
    }

    private static Map<String, ComponentAbi> byName(ReleaseAbi release) {
        return release.components().stream().collect(Collectors.toMap(ComponentAbi::name, Function.identity(), (a, b) -> a));
    }

    private static Map<String, ExportedSymbol> exports(ComponentAbi component) {
        Map<String, ExportedSymbol> exports = new TreeMap<>();
        if (component != null) {
            component.libraries().forEach(l -> l.exports().forEach(s -> exports.putIfAbsent(s.key(), s)));
        }
        return exports;
    }

    private static TreeSet<String> sonames(ComponentAbi component) {
        return component == null ? new TreeSet<>()
                : component.libraries().stream().map(LibraryAbi::soname).collect(Collectors.toCollection(TreeSet::new));
    }

    /** What {@code a} has that {@code b} has not, sorted. */
    private static List<String> missing(java.util.Collection<String> a, java.util.Collection<String> b) {
        TreeSet<String> result = new TreeSet<>(a);
        result.removeAll(b);
        return List.copyOf(result);
    }
}
