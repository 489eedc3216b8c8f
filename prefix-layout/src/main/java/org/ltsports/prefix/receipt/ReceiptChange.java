package org.ltsports.prefix.receipt;

import java.util.List;
import java.util.Objects;

/**
 * One change to the receipts, as data, so that several can be made in one transaction together
 * with a journal's commit mark ({@link ReceiptDb#commitJournal}).
 */
public sealed interface ReceiptChange {

    /** Record the receipt, replacing any earlier receipt of that name. */
    record Record(Receipt receipt) implements ReceiptChange {
        public Record {
            Objects.requireNonNull(receipt, "receipt");
        }
    }

    /** Remove the receipt of that name and everything recorded with it; nothing when there is none. */
    record Remove(String name) implements ReceiptChange {
    }

    /** Replace the farm links recorded for an installed keg. */
    record SetLinks(String name, List<String> links) implements ReceiptChange {
        public SetLinks {
            links = links == null ? List.of() : List.copyOf(links);
        }
    }

    /** Mark an installed keg as asked for by name (or not). */
    record SetOnRequest(String name, boolean onRequest) implements ReceiptChange {
    }

    /**
     * Record the linkage facts of an installed keg (a JSON document of the base adapter) against
     * the release it is bound to; replaces earlier facts. Written after the keg's {@link Record}.
     */
    record SetLinkage(String name, String release, String treeHash, String facts) implements ReceiptChange {
        public SetLinkage {
            Objects.requireNonNull(release, "release");
            Objects.requireNonNull(facts, "facts");
        }
    }
}
