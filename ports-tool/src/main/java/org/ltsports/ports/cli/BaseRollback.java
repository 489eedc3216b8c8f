package org.ltsports.ports.cli;

import org.ltsports.base.store.Generation;
import org.ltsports.base.store.LtsStore;
import org.ltsports.ports.PortsSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "rollback", description = "Make the previous generation of a release current again.",
        footer = {"", "Example:", "  ports base rollback 2.0"})
final class BaseRollback extends PortsCommand {

    @Parameters(paramLabel = "<release>")
    String release;

    @Override
    int run(PortsSession session) {
        Generation generation = new LtsStore(session.ltsRoot()).rollback(release);
        session.out().println(release + " is back at generation " + generation.number() + " (" + generation.tree() + ")");
        return 0;
    }
}
