package org.ltsports.prefix.receipt;

import java.time.Instant;
import java.util.List;

/**
 * A journal as {@code ports.db} stores it: the command that wrote it, its process, whether it
 * reached its commit, and its steps in order. What the steps mean is the journal package's business.
 */
public record StoredJournal(long id, String command, long pid, Instant startedAt, boolean committed,
                            List<StoredStep> steps) {
    public StoredJournal {
        steps = List.copyOf(steps);
    }

    /** One step: its place in the journal, whether it belongs after the commit, its kind and up to three arguments. */
    public record StoredStep(int seq, boolean afterCommit, String kind, String path, String a, String b) {
    }
}
