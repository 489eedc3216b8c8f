package org.ltsports.prefix.journal;

import org.ltsports.prefix.Trees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.ltsports.prefix.Prefix;
import org.ltsports.prefix.PrefixException;
import org.ltsports.prefix.receipt.ReceiptDb;
import org.ltsports.prefix.receipt.StoredJournal;
import org.ltsports.prefix.receipt.StoredJournal.StoredStep;

/**
 * Puts a prefix right after a crash, at the start of the next command that changes it (under the
 * prefix lock, so no other writer is at work): a journal that reached its commit is finished
 * (its clean-up steps done again), one that did not is rolled back (its steps undone, newest
 * first); then whatever is left in {@code var/ports/tmp} is removed, since only a writer holding
 * the lock puts anything there. Commands that only read never pay for this.
 */
public final class JournalRecovery {
    private JournalRecovery() {
    }

    /** Finishes or rolls back every unfinished journal and empties var/ports/tmp; returns what was done, in words. */
    public static List<String> recover(Prefix prefix, ReceiptDb db) {
        List<String> report = new ArrayList<>();
        StepContext context = new StepContext(prefix.root(), prefix.tmp());
        for (StoredJournal journal : db.unfinishedJournals()) {
            String what = "`" + journal.command() + "` (pid " + journal.pid() + ", begun " + journal.startedAt() + ")";
            if (journal.committed()) {
                finish(journal, context);
                report.add("Finished the interrupted " + what);
            } else {
                rollBack(journal, what, context);
                report.add("Rolled back the interrupted " + what);
            }
            db.endJournal(journal.id());
        }
        int removed = emptyTmp(prefix.tmp());
        if (removed > 0) {
            report.add("Removed " + removed + " leftover work " + (removed == 1 ? "item" : "items") + " from "
                    + prefix.tmp());
        }
        return report;
    }

    private static void finish(StoredJournal journal, StepContext context) {
        for (StoredStep row : journal.steps()) {
            if (row.afterCommit()) {
                CrashPoint.reach("recovering");
                try {
                    StepRecords.step(row).apply(context);
                } catch (IOException e) {
                    // clean-up only: what stays behind is in var/ports/tmp, emptied below
                }
            }
        }
    }

    private static void rollBack(StoredJournal journal, String what, StepContext context) {
        List<StoredStep> steps = journal.steps().stream().filter(s -> !s.afterCommit()).toList();
        for (int i = steps.size() - 1; i >= 0; i--) {
            Step step = StepRecords.step(steps.get(i));
            CrashPoint.reach("recovering");
            try {
                step.undo(context);
            } catch (IOException | RuntimeException e) {
                throw new PrefixException("Could not roll back the interrupted " + what + ": undoing '"
                        + step.describe() + "' failed: " + e.getMessage() + ". Put that right and run the command"
                        + " again; the journal is kept in " + context.root().resolve("var/ports/ports.db"), e);
            }
        }
    }

    private static int emptyTmp(Path tmp) {
        if (!Files.isDirectory(tmp, LinkOption.NOFOLLOW_LINKS)) {
            return 0;
        }
        List<Path> leftovers;
        try (Stream<Path> entries = Files.list(tmp)) {
            leftovers = entries.toList();
        } catch (IOException e) {
            throw new PrefixException("Could not read " + tmp + ": " + e, e);
        }
        for (Path leftover : leftovers) {
            try {
                Trees.delete(leftover);
            } catch (IOException e) {
                throw new PrefixException("Could not remove " + leftover + ", left by an interrupted command: " + e, e);
            }
        }
        return leftovers.size();
    }
}
