package org.ltsports.ports.cli;

import org.ltsports.ports.PortsSession;
import picocli.CommandLine.Command;

@Command(name = "base", description = "The LTS releases: list, adopt, diff; plan, pin and check the prefix's release; verify, roll back.",
        subcommands = {BaseList.class, BaseAdopt.class, BaseDiff.class, BasePlan.class, BasePin.class, BaseCheck.class,
                BaseVerify.class, BaseRollback.class},
        footer = {"", "Examples:", "  ports base list", "  ports base adopt /srv/bookworm-tree --release 2.0",
                "  ports base diff 1.0 2.0", "  ports base plan 2.0", "  ports base pin 2.0", "  ports base check"})
final class Base extends PortsCommand {

    @Override
    int run(PortsSession session) {
        spec.commandLine().usage(session.out());
        return 0;
    }
}
