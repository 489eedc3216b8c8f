package org.ltsports.ports.search;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ltsports.prefix.Prefix;
import org.ltsports.prefix.receipt.Receipt;
import org.ltsports.prefix.receipt.ReceiptDb;

/** What is installed, by name, from the receipts: the keg's version directory ({@code 2.10}, {@code 2.10_1}). */
public final class InstalledVersions {

    private InstalledVersions() {
    }

    /** Installed name to version directory, sorted by name; empty when there is no prefix. Opens the receipts read-only. */
    public static Map<String, String> of(Optional<Prefix> prefix) {
        Map<String, String> installed = new TreeMap<>();
        if (prefix.isEmpty()) {
            return installed;
        }
        try (ReceiptDb receipts = ReceiptDb.openReadOnly(prefix.get().database())) {
            for (Receipt receipt : receipts.all()) {
                installed.put(receipt.name(), Path.of(receipt.kegPath()).getFileName().toString());
            }
        }
        return installed;
    }
}
