package org.ltsports.ports.cli;

import java.util.List;
import org.ltsports.base.plan.Decision;
import org.ltsports.ports.PortsSession;
import org.ltsports.ports.pin.PinPlan;
import org.ltsports.ports.pin.PinRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "pin", description = "Move the prefix to another LTS release: keep what is unaffected, re-point what"
        + " still fits, rebuild only what broke, in dependency order; all or nothing.",
        footer = {"", "Examples:", "  ports base pin --dry-run 2.0", "  ports base pin 2.0"})
final class BasePin extends PortsCommand {

    @Parameters(paramLabel = "<release>")
    String release;

    @Option(names = {"-n", "--dry-run"}, description = "Show the plan, change nothing.")
    boolean dryRun;

    @Mixin
    LockOptions lock;

    @Override
    int run(PortsSession session) {
        if (session.prefix().marker().pinnedRelease() != null
                && session.prefix().marker().pinnedRelease().equals(release)) {
            session.out().println("The prefix already pins " + release + "; nothing to do");
            return 0;
        }
        if (dryRun) {
            PlanPrinter.print(session.out(), PinPlan.of(session, release), false);
            return 0;
        }
        session.prefixForChange(false, lock.waits());
        PinPlan plan = PinPlan.of(session, release);
        List<PinRunner.Outcome> outcomes = new PinRunner(session).run(plan, lock.waits());
        long rebuilt = outcomes.stream().filter(o -> o.decision() == Decision.REBUILD).count();
        long repointed = outcomes.stream().filter(o -> o.decision() == Decision.REPOINT).count();
        session.out().println("Pinned " + release + " (was " + plan.from().name() + "): " + outcomes.size() + " kegs, "
                + (outcomes.size() - rebuilt - repointed) + " kept, " + repointed + " re-pointed, " + rebuilt + " rebuilt");
        return 0;
    }
}
