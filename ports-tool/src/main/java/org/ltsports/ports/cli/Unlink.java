package org.ltsports.ports.cli;

import java.nio.file.Path;
import java.util.List;
import org.ltsports.ports.PortsSession;
import org.ltsports.prefix.Keg;
import org.ltsports.prefix.journal.Journal;
import org.ltsports.prefix.link.Linker;
import org.ltsports.prefix.link.UnlinkPlan;
import org.ltsports.prefix.receipt.Receipt;
import org.ltsports.prefix.receipt.ReceiptChange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "unlink", description = "Remove a keg's links from the prefix; the keg stays installed.",
        footer = {"", "Examples:", "  ports unlink hello", "  ports unlink --dry-run hello"})
final class Unlink extends PortsCommand {

    @Parameters(paramLabel = "<installed>")
    String name;

    @Option(names = {"-n", "--dry-run"}, description = "Show the links that would be removed, change nothing.")
    boolean dryRun;

    @Mixin
    LockOptions lock;

    @Override
    int run(PortsSession session) {
        if (!dryRun) {
            session.prefixForChange(false, lock.waits());
        }
        Receipt receipt = session.receipts().find(name).orElseThrow(() -> Info.notInstalled(name));
        Keg keg = Keg.at(Path.of(receipt.kegPath()));
        Linker linker = new Linker(session.prefix());
        if (dryRun) {
            var plan = linker.unlinkPlan(keg);
            plan.links().forEach(link -> session.out().println("Would remove " + link));
            plan.directories().forEach(directory -> session.out().println("Would remove directory " + directory));
            return 0;
        }
        UnlinkPlan removed;
        try (Journal journal = Journal.begin(session.prefix(), session.receipts(), "unlink " + name)) {
            removed = linker.unlink(keg, journal);
            journal.commit(List.of(new ReceiptChange.SetLinks(name, List.of())));
        }
        session.err().println("==> Unlinked " + name + ": " + removed.links().size() + " links removed");
        return 0;
    }
}
