package org.ltsports.prefix.journal;

import org.ltsports.prefix.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ltsports.prefix.Prefix;
import org.ltsports.prefix.PrefixException;
import org.ltsports.prefix.receipt.ReceiptChange;
import org.ltsports.prefix.receipt.ReceiptDb;

/**
 * A change to a prefix that survives a crash (DESIGN.md §5). Every step is written to
 * {@code ports.db} before it is made; the receipt changes and the journal's commit mark are one
 * transaction, the commit point; after it only clean-up remains: deleting what the change set
 * aside in the journal's scratch directory. Closed without a commit, the journal undoes its steps
 * in reverse order. One left behind by a crash is finished (committed) or rolled back (not
 * committed) by {@link JournalRecovery} at the start of the next command that changes the prefix.
 *
 * <p>The caller holds the prefix lock. {@code install}, {@code uninstall}, {@code link} and the
 * like are a few steps each; {@code upgrade} and {@code base pin} can use the same vocabulary
 * (moves, links, small files), with a {@link #savepoint()} per keg.
 */
public final class Journal implements AutoCloseable {
    private enum State { OPEN, COMMITTED, ENDED }

    private record Done(int seq, Step step) {
    }

    private final ReceiptDb db;
    private final long id;
    private final String command;
    private final StepContext context;
    private final Path scratch;
    private final List<Done> done = new ArrayList<>();
    private int nextSeq = 1;
    private int asides;
    private State state = State.OPEN;

    private Journal(ReceiptDb db, long id, String command, StepContext context, Path scratch) {
        this.db = db;
        this.id = id;
        this.command = command;
        this.context = context;
        this.scratch = scratch;
    }

    /** Writes a new journal for {@code command} (for messages: "install hello") into the prefix's database. */
    public static Journal begin(Prefix prefix, ReceiptDb db, String command) {
        long id = db.beginJournal(command);
        CrashPoint.reach("journal-begun");
        return new Journal(db, id, command, new StepContext(prefix.root(), prefix.tmp()),
                prefix.tmp().resolve("journal-" + id));
    }

    public StepContext context() {
        return context;
    }

    /**
     * A fresh path in the journal's scratch directory (relative to the root), where a step may set
     * something aside until the commit; it is deleted after the commit and put back by a roll-back.
     */
    public String asidePath(String label) {
        try {
            Files.createDirectories(scratch);
        } catch (IOException e) {
            throw new PrefixException("Could not make " + scratch + ": " + e, e);
        }
        return context.relative(scratch.resolve((++asides) + "-" + label));
    }

    /**
     * Records the steps, then makes them in order. When one fails, the steps of this call already
     * made are undone and PrefixException is thrown; earlier calls' steps stay for the caller to
     * roll back.
     */
    public void perform(List<Step> steps) {
        requireOpen();
        if (steps.isEmpty()) {
            return;
        }
        if (steps.stream().anyMatch(s -> s instanceof Step.DeleteTree)) {
            throw new IllegalArgumentException("a tree is deleted only after the commit, where it cannot be needed back");
        }
        int first = nextSeq;
        db.appendJournal(id, StepRecords.stored(steps, first, false));
        nextSeq += steps.size();
        CrashPoint.reach("steps-recorded");
        int mark = done.size();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            try {
                step.apply(context);
            } catch (IOException | RuntimeException e) {
                PrefixException failure = new PrefixException("Could not " + step.describe() + " for `" + command
                        + "`: " + e.getMessage() + "; nothing of this change was kept", e);
                undo(done.subList(mark, done.size()), failure);
                done.subList(mark, done.size()).clear();
                throw failure;
            }
            done.add(new Done(first + i, step));
            CrashPoint.reach("step-done");
        }
    }

    /** A mark to roll back to: the steps performed after it can be undone alone. */
    public int savepoint() {
        requireOpen();
        return nextSeq;
    }

    /** Undoes the steps performed since {@code savepoint}, newest first, and forgets them. */
    public void rollBackTo(int savepoint) {
        requireOpen();
        List<Done> since = done.stream().filter(d -> d.seq() >= savepoint).toList();
        PrefixException failure = new PrefixException("Could not undo all of `" + command + "`");
        undo(since, failure);
        if (failure.getSuppressed().length > 0) {
            throw failure;
        }
        done.removeAll(since);
        db.dropJournalSteps(id, savepoint);
        nextSeq = savepoint;
    }

    /**
     * The commit point: the receipt changes and the commit mark in one transaction. Then the
     * scratch directory is deleted and the journal ended; if that clean-up fails, the journal
     * stays and the next changing command finishes it.
     */
    public void commit(List<ReceiptChange> changes) {
        requireOpen();
        List<Step> cleanUp = Files.exists(scratch) ? List.of(new Step.DeleteTree(context.relative(scratch))) : List.of();
        CrashPoint.reach("before-commit");
        db.commitJournal(id, changes, StepRecords.stored(cleanUp, nextSeq, true));
        state = State.COMMITTED;
        CrashPoint.reach("committed");
        try {
            for (Step step : cleanUp) {
                step.apply(context);
                CrashPoint.reach("cleaned-up");
            }
        } catch (IOException e) {
            return; // the change is made; what is left in var/ports/tmp goes with the next changing command
        }
        end();
    }

    /**
     * Undoes every step, newest first, deletes the scratch directory and ends the journal; when an
     * undo fails the journal is kept for the next changing command.
     */
    public void rollBack() {
        requireOpen();
        PrefixException failure = new PrefixException("Could not undo all of `" + command
                + "`; the journal is kept in ports.db and the next changing command tries again");
        undo(done, failure);
        if (failure.getSuppressed().length > 0) {
            state = State.ENDED;
            throw failure;
        }
        done.clear();
        try {
            Trees.delete(scratch); // what was set aside is back in place; what came in went back here
        } catch (IOException e) {
            // left in var/ports/tmp for the next changing command
        }
        end();
    }

    /** Rolls back a journal that was neither committed nor rolled back. */
    @Override
    public void close() {
        if (state == State.OPEN) {
            rollBack();
        }
    }

    private void end() {
        db.endJournal(id);
        state = State.ENDED;
        CrashPoint.reach("journal-ended");
    }

    private void undo(List<Done> steps, PrefixException failure) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            try {
                steps.get(i).step().undo(context);
            } catch (IOException | RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
    }

    private void requireOpen() {
        if (state != State.OPEN) {
            throw new IllegalStateException("journal " + id + " of `" + command + "` is " + state);
        }
    }
}
