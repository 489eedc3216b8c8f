package org.ltsports.ports.upgrade;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ltsports.base.abi.FactsJson;
import org.ltsports.base.abi.NeededLibrary;
import org.ltsports.base.abi.Provider;
import org.ltsports.prefix.receipt.Receipt;
import org.ltsports.prefix.receipt.ReceiptDb;

/**
 * The kegs {@code ports autoremove} removes: installed as dependencies, and needed by no keg that
 * was installed on request, neither directly nor through others. A keg needs the run-time
 * dependencies its receipt lists and every keg its ELF files load a library from (its linkage facts).
 */
public final class Autoremoval {

    private Autoremoval() {
    }

    /** The unneeded kegs, sorted by name. */
    public static List<Receipt> unneeded(ReceiptDb receipts) {
        Map<String, Receipt> byName = new HashMap<>();
        receipts.all().forEach(r -> byName.put(r.name(), r));
        Set<String> needed = new HashSet<>();
        Deque<String> work = new ArrayDeque<>();
        byName.values().stream().filter(Receipt::onRequest).forEach(r -> work.add(r.name()));
        while (!work.isEmpty()) {
            String name = work.pop();
            if (!needed.add(name) || !byName.containsKey(name)) {
                continue;
            }
            work.addAll(byName.get(name).runtimeDeps());
            work.addAll(loadsFrom(receipts, name));
        }
        return receipts.all().stream().filter(r -> !needed.contains(r.name())).toList();
    }

    /** The kegs whose libraries the keg's ELF files load, as its linkage facts recorded them. */
    private static Set<String> loadsFrom(ReceiptDb receipts, String name) {
        Set<String> kegs = new HashSet<>();
        receipts.linkage(name).ifPresent(recorded -> FactsJson.kegFacts(recorded.facts()).elfFiles()
                .forEach(elf -> elf.needed().stream().filter(n -> n.provider() == Provider.KEG)
                        .map(NeededLibrary::from).forEach(kegs::add)));
        return kegs;
    }
}
