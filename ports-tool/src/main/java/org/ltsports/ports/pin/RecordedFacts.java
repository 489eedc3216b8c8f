package org.ltsports.ports.pin;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ltsports.base.LtsRelease;
import org.ltsports.base.abi.FactsJson;
import org.ltsports.base.abi.KegFacts;
import org.ltsports.ports.PortsSession;
import org.ltsports.prefix.receipt.Receipt;

/**
 * The linkage facts of every installed keg, as its receipt recorded them; a keg without recorded
 * facts (or with facts against another release) is read again from its files.
 */
final class RecordedFacts {

    private RecordedFacts() {
    }

    static Map<String, KegFacts> of(PortsSession session, LtsRelease pinned) {
        Map<String, KegFacts> facts = new LinkedHashMap<>();
        KegLinkage scanner = null;
        for (Receipt receipt : session.receipts().all()) {
            var recorded = session.receipts().linkage(receipt.name()).filter(l -> l.release().equals(pinned.name()));
            if (recorded.isPresent()) {
                facts.put(receipt.name(), FactsJson.kegFacts(recorded.get().facts()));
                continue;
            }
            if (scanner == null) {
                scanner = new KegLinkage(session.prefix(), pinned);
            }
            facts.put(receipt.name(), scanner.scan(receipt.name(), Path.of(receipt.kegPath()), receipt.runtimeDeps(),
                    session.recipes().find(receipt.name()).map(r -> r.depends().base()).orElse(java.util.List.of())));
        }
        return facts;
    }
}
