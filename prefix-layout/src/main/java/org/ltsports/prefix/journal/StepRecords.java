package org.ltsports.prefix.journal;

import java.util.ArrayList;
import java.util.List;
import org.ltsports.prefix.PrefixException;
import org.ltsports.prefix.journal.Step.DeleteTree;
import org.ltsports.prefix.journal.Step.MakeDir;
import org.ltsports.prefix.journal.Step.Move;
import org.ltsports.prefix.journal.Step.RemoveDir;
import org.ltsports.prefix.journal.Step.RemoveLink;
import org.ltsports.prefix.journal.Step.ReplaceLink;
import org.ltsports.prefix.journal.Step.Symlink;
import org.ltsports.prefix.journal.Step.WriteFile;
import org.ltsports.prefix.receipt.StoredJournal.StoredStep;

/** Steps to and from the rows {@code ports.db} keeps them in: a kind and up to three strings. */
final class StepRecords {
    private StepRecords() {
    }

    static List<StoredStep> stored(List<Step> steps, int firstSeq, boolean afterCommit) {
        List<StoredStep> rows = new ArrayList<>();
        int seq = firstSeq;
        for (Step step : steps) {
            rows.add(stored(step, seq++, afterCommit));
        }
        return rows;
    }

    private static StoredStep stored(Step step, int seq, boolean after) {
        if (step instanceof MakeDir s) {
            return new StoredStep(seq, after, "mkdir", s.path(), null, null);
        } else if (step instanceof RemoveDir s) {
            return new StoredStep(seq, after, "rmdir", s.path(), null, null);
        } else if (step instanceof Symlink s) {
            return new StoredStep(seq, after, "symlink", s.path(), s.target(), null);
        } else if (step instanceof RemoveLink s) {
            return new StoredStep(seq, after, "unlink", s.path(), s.target(), null);
        } else if (step instanceof ReplaceLink s) {
            return new StoredStep(seq, after, "relink", s.path(), s.before(), s.after());
        } else if (step instanceof Move s) {
            return new StoredStep(seq, after, "move", s.from(), s.to(), null);
        } else if (step instanceof WriteFile s) {
            return new StoredStep(seq, after, "write", s.path(), s.before(), s.after());
        } else if (step instanceof DeleteTree s) {
            return new StoredStep(seq, after, "delete", s.path(), null, null);
        }
        throw new IllegalArgumentException("unknown step " + step);
    }

    static Step step(StoredStep row) {
        return switch (row.kind()) {
            case "mkdir" -> new MakeDir(row.path());
            case "rmdir" -> new RemoveDir(row.path());
            case "symlink" -> new Symlink(row.path(), row.a());
            case "unlink" -> new RemoveLink(row.path(), row.a());
            case "relink" -> new ReplaceLink(row.path(), row.a(), row.b());
            case "move" -> new Move(row.path(), row.a());
            case "write" -> new WriteFile(row.path(), row.a(), row.b());
            case "delete" -> new DeleteTree(row.path());
            default -> throw new PrefixException("The journal holds a step of unknown kind '" + row.kind()
                    + "'; it was written by a newer ports. Finish with that ports, or upgrade this one");
        };
    }
}
