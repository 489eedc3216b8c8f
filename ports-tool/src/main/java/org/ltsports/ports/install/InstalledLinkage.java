package org.ltsports.ports.install;

import java.nio.file.Path;
import java.util.List;
import org.ltsports.base.LtsRelease;
import org.ltsports.base.abi.FactsJson;
import org.ltsports.base.abi.KegFacts;
import org.ltsports.ports.pin.KegLinkage;
import org.ltsports.prefix.Prefix;
import org.ltsports.prefix.receipt.Receipt;
import org.ltsports.prefix.receipt.ReceiptDb;

/**
 * The linkage facts of installed kegs against the pinned release: as their receipts recorded them,
 * or, for a keg recorded against another release or installed before receipts kept them, read
 * from the keg now.
 */
public final class InstalledLinkage {
    private final LtsRelease release;
    private final ReceiptDb receipts;
    private final KegLinkage linkage;

    public InstalledLinkage(Prefix prefix, LtsRelease release, ReceiptDb receipts) {
        this.release = release;
        this.receipts = receipts;
        this.linkage = new KegLinkage(prefix, release);
    }

    public KegFacts of(Receipt receipt) {
        return receipts.linkage(receipt.name())
                .filter(recorded -> recorded.release().equals(release.name()))
                .map(recorded -> FactsJson.kegFacts(recorded.facts()))
                .orElseGet(() -> linkage.scan(receipt.name(), Path.of(receipt.kegPath()), receipt.runtimeDeps(),
                        List.of()));
    }
}
