package org.ltsports.ports.cli;

import java.nio.file.Path;
import java.util.List;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.PortsSession;
import org.ltsports.prefix.Keg;
import org.ltsports.prefix.link.LinkPlan;
import org.ltsports.prefix.journal.Journal;
import org.ltsports.prefix.link.Linker;
import org.ltsports.prefix.receipt.Receipt;
import org.ltsports.prefix.receipt.ReceiptChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "link", description = "Link an installed keg into the prefix's bin, lib, share, ...",
        footer = {"", "Examples:", "  ports link hello", "  ports link --dry-run hello"})
final class Link extends PortsCommand {

    @Parameters(paramLabel = "<installed>")
    String name;

    @Option(names = {"-n", "--dry-run"}, description = "Show the links that would be made, change nothing.")
    boolean dryRun;

    @Option(names = "--force", description = "Link a keg-only recipe's keg too.")
    boolean force;

    @Mixin
    LockOptions lock;

    @Override
    int run(PortsSession session) {
        if (!dryRun) {
            session.prefixForChange(false, lock.waits());
        }
        Receipt receipt = session.receipts().find(name).orElseThrow(() -> Info.notInstalled(name));
        if (!force && session.recipes().find(name).map(r -> r.kegOnly()).orElse(false)) {
            throw PortsException.refused(name + " is keg-only: it is reachable as " + session.prefix().opt(name)
                    + "; link it anyway with --force");
        }
        Keg keg = Keg.at(Path.of(receipt.kegPath()));
        Linker linker = new Linker(session.prefix());
        if (dryRun) {
            LinkPlan plan = linker.plan(keg);
            if (plan.hasConflicts()) {
                throw PortsException.refused(plan.conflictMessage());
            }
            plan.actions().forEach(action -> session.out().println("Would " + action.describe()));
            return 0;
        }
        List<String> links;
        try (Journal journal = Journal.begin(session.prefix(), session.receipts(), "link " + name)) {
            links = linker.link(keg, journal);
            journal.commit(List.of(new ReceiptChange.SetLinks(name, links)));
        }
        session.err().println("==> Linked " + name + ": " + links.size() + " links");
        return 0;
    }
}
