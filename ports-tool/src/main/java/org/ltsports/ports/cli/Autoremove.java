package org.ltsports.ports.cli;

import java.nio.file.Path;
import java.util.List;
import org.ltsports.ports.PortsSession;
import org.ltsports.ports.install.Uninstaller;
import org.ltsports.ports.upgrade.Autoremoval;
import org.ltsports.prefix.receipt.Receipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "autoremove", description = "Uninstall dependencies that nothing installed on request needs any more.",
        footer = {"", "Examples:", "  ports autoremove --dry-run", "  ports autoremove"})
final class Autoremove extends PortsCommand {

    @Option(names = {"-n", "--dry-run"}, description = "Show what would be uninstalled, change nothing.")
    boolean dryRun;

    @Mixin
    LockOptions lock;

    @Override
    int run(PortsSession session) {
        if (session.existingPrefix().isEmpty()) {
            session.err().println("==> Nothing to remove");
            return 0;
        }
        if (!dryRun) {
            session.prefixForChange(false, lock.waits());
        }
        List<Receipt> unneeded = Autoremoval.unneeded(session.receipts());
        if (unneeded.isEmpty()) {
            session.err().println("==> Nothing to remove: every keg is needed");
            return 0;
        }
        if (dryRun) {
            unneeded.forEach(r -> session.out().println("Would uninstall " + r.name() + " "
                    + Path.of(r.kegPath()).getFileName()));
            return 0;
        }
        Uninstaller uninstaller = new Uninstaller(session);
        uninstaller.uninstall(uninstaller.plan(unneeded.stream().map(Receipt::name).toList(), false));
        unneeded.forEach(r -> session.out().println(r.name() + " " + Path.of(r.kegPath()).getFileName()));
        return 0;
    }
}
