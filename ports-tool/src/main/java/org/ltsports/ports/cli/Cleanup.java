package org.ltsports.ports.cli;

import org.ltsports.ports.PortsSession;
import org.ltsports.ports.progress.ByteSize;
import org.ltsports.ports.upgrade.Cleaner;
import org.ltsports.ports.upgrade.CleanupPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "cleanup", description = {"Remove old kegs, stale downloads and logs, and leftovers of interrupted commands.",
        "Old kegs: in the Cellar, named by no receipt. Stale downloads: named by no recipe any more. Logs: of kegs"
                + " that are not installed. Leftovers: in var/ports/tmp, when no writer holds the lock."},
        footer = {"", "Examples:", "  ports cleanup --dry-run", "  ports cleanup"})
final class Cleanup extends PortsCommand {

    @Option(names = {"-n", "--dry-run"}, description = "Show what would be removed, change nothing.")
    boolean dryRun;

    @Mixin
    LockOptions lock;

    @Override
    int run(PortsSession session) {
        if (session.existingPrefix().isEmpty()) {
            session.err().println("==> Nothing to clean up: " + session.settings().prefix() + " is not a prefix");
            return 0;
        }
        if (!dryRun) {
            session.prefixForChange(false, lock.waits());
        }
        CleanupPlan plan = CleanupPlan.find(session);
        for (CleanupPlan.Item item : plan.all()) {
            session.out().println((dryRun ? "Would remove " : "Removing ") + item.path()
                    + " (" + ByteSize.format(item.bytes()) + ")");
        }
        if (plan.all().isEmpty()) {
            session.err().println("==> Nothing to clean up");
            return 0;
        }
        if (!dryRun) {
            new Cleaner(session).clean(plan);
        }
        session.err().println("==> " + (dryRun ? "Would free " : "Freed ") + ByteSize.format(plan.bytes()));
        return 0;
    }
}
