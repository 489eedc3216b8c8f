package org.ltsports.ports.cli;

import org.ltsports.base.store.LtsStore;
import org.ltsports.base.store.Verification;
import org.ltsports.ports.PortsSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "verify", description = "Check that no file of a release was changed since it was adopted (exit 4 if one was).",
        footer = {"", "Example:", "  ports base verify 1.0"})
final class BaseVerify extends PortsCommand {

    @Parameters(paramLabel = "<release>")
    String release;

    @Override
    int run(PortsSession session) {
        Verification verification = new LtsStore(session.ltsRoot()).verify(release);
        session.out().println(release + " is intact: " + verification.entries() + " entries in " + verification.tree());
        return 0;
    }
}
