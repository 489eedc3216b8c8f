package org.ltsports.ports.cli;

import org.ltsports.ports.PortsSession;
import org.ltsports.ports.pin.PinPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "plan", description = "What pinning another release would do to each keg: KEEP, REPOINT or REBUILD, and why.",
        footer = {"", "Example:", "  ports base plan 2.0"})
final class BasePlan extends PortsCommand {

    @Parameters(paramLabel = "<release>")
    String release;

    @Mixin
    JsonOption output;

    @Override
    int run(PortsSession session) {
        PlanPrinter.print(session.out(), PinPlan.of(session, release), output.json);
        return 0;
    }
}
