package org.ltsports.ports.cli;

import java.nio.file.Path;
import java.util.List;
import org.ltsports.ports.PortsSession;
import org.ltsports.ports.install.BottleChoice;
import org.ltsports.ports.install.PlannedKeg;
import org.ltsports.ports.upgrade.UpgradePlan;
import org.ltsports.ports.upgrade.Upgrader;
import org.ltsports.prefix.receipt.Receipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "upgrade", description = {"Upgrade outdated kegs (all of them when none is named) in one change.",
        "The new keg is linked before the old one is deleted; installed kegs using an upgraded library are rebuilt"
                + " when what they take from it no longer resolves; a failure leaves every keg as it was."},
        footer = {"", "Examples:", "  ports upgrade --dry-run", "  ports upgrade libgreet"})
final class Upgrade extends PortsCommand {

    @Parameters(arity = "0..*", paramLabel = "<installed>", description = "Kegs to upgrade (default: every outdated keg).")
    List<String> names = List.of();

    @Option(names = {"-n", "--dry-run"}, description = "Show what would be upgraded, change nothing.")
    boolean dryRun;

    @Mixin
    BuildOptions build;

    @Mixin
    LockOptions lock;

    @Override
    int run(PortsSession session) {
        if (session.existingPrefix().isEmpty() && names.isEmpty()) {
            session.err().println("==> Nothing is installed in " + session.settings().prefix());
            return 0;
        }
        if (!dryRun) {
            session.prefixForChange(false, lock.waits());
        }
        Upgrader upgrader = new Upgrader(session, BottleChoice.of(session, build.fromSource));
        UpgradePlan plan = upgrader.plan(names);
        plan.upToDate().forEach(name -> session.err().println("==> " + name + " "
                + Path.of(plan.installed().get(name).kegPath()).getFileName() + " is up to date"));
        if (plan.kegs().isEmpty()) {
            if (names.isEmpty()) {
                session.err().println("==> Every installed keg is up to date");
            }
            return 0;
        }
        if (dryRun) {
            for (PlannedKeg keg : plan.kegs()) {
                session.out().println("Would " + plan.describe(keg));
            }
            session.err().println("==> Installed kegs using an upgraded library are checked against it once it is"
                    + " built, and rebuilt if they need to be");
            return 0;
        }
        for (Receipt receipt : upgrader.upgrade(plan)) {
            session.out().println(receipt.name() + " " + Path.of(receipt.kegPath()).getFileName());
        }
        return 0;
    }
}
