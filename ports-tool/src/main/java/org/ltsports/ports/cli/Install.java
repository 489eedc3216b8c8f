package org.ltsports.ports.cli;

import java.util.List;
import org.ltsports.ports.PortsSession;
import org.ltsports.ports.install.BottleChoice;
import org.ltsports.ports.install.InstallPlan;
import org.ltsports.ports.install.Installer;
import org.ltsports.ports.install.PlannedKeg;
import org.ltsports.prefix.receipt.Receipt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "install", description = {"Build and install recipes and their dependencies, in dependency order.",
        "A keg is poured instead when $PORTS_BOTTLE_ROOT has a bottle of it matching the pinned release."},
        footer = {"", "Examples:", "  ports install hello", "  ports install --dry-run greet",
                "  PORTS_BOTTLE_ROOT=https://bottles.example.org/lts ports install hello"})
final class Install extends PortsCommand {

    @Parameters(arity = "1..*", paramLabel = "<recipe>", description = "Recipes to install.")
    List<String> names;

    @Option(names = {"-n", "--dry-run"}, description = "Show what would be installed, change nothing.")
    boolean dryRun;

    @Mixin
    BuildOptions build;

    @Mixin
    LockOptions lock;

    @Override
    int run(PortsSession session) {
        return installOrReinstall(session, names, false, dryRun, build, lock);
    }

    static int installOrReinstall(PortsSession session, List<String> names, boolean reinstall, boolean dryRun,
                                  BuildOptions build, LockOptions lock) {
        Installer installer = new Installer(session, BottleChoice.of(session, build.fromSource));
        InstallPlan plan = installer.plan(names, reinstall); // refuses bad recipes before the prefix is made
        if (dryRun) {
            for (PlannedKeg keg : plan.kegs()) {
                session.out().println("Would " + keg.describe());
            }
            return 0;
        }
        session.prefixForChange(true, lock.waits());
        plan = installer.plan(names, reinstall); // again: another command may have changed the prefix meanwhile
        for (Receipt receipt : installer.install(plan)) {
            session.out().println(receipt.name() + " " + java.nio.file.Path.of(receipt.kegPath()).getFileName());
        }
        return 0;
    }
}
