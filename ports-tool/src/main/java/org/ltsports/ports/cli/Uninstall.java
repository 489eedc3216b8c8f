package org.ltsports.ports.cli;

import java.util.List;
import org.ltsports.ports.PortsSession;
import org.ltsports.ports.install.Uninstaller;
import org.ltsports.prefix.receipt.Receipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "uninstall", aliases = {"remove", "rm"}, description = "Remove installed kegs and their links.",
        footer = {"", "Examples:", "  ports uninstall hello", "  ports uninstall --ignore-dependencies libgreet"})
final class Uninstall extends PortsCommand {

    @Parameters(arity = "1..*", paramLabel = "<installed>",
            description = "Installed recipes to remove.")
    List<String> names;

    @Option(names = "--ignore-dependencies", description = "Remove even if installed kegs depend on it.")
    boolean ignoreDependencies;

    @Option(names = {"-n", "--dry-run"}, description = "Show what would be removed, change nothing.")
    boolean dryRun;

    @Mixin
    LockOptions lock;

    @Override
    int run(PortsSession session) {
        if (!dryRun) {
            session.prefixForChange(false, lock.waits());
        }
        Uninstaller uninstaller = new Uninstaller(session);
        List<Receipt> targets = uninstaller.plan(names, ignoreDependencies);
        if (dryRun) {
            targets.forEach(r -> session.out().println("Would uninstall " + r.name() + " " + r.kegPath()));
            return 0;
        }
        uninstaller.uninstall(targets);
        return 0;
    }
}
