package org.ltsports.ports.cli;

import java.util.List;
import org.ltsports.base.abi.ReleaseAbiReader;
import org.ltsports.base.plan.ComponentDiff;
import org.ltsports.base.plan.ReleaseDiff;
import org.ltsports.ports.PortsSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "diff", description = "What changed between two releases, per component: SONAMEs, symbols, data sizes, ABI tags.",
        footer = {"", "Example:", "  ports base diff 1.0 2.0"})
final class BaseDiff extends PortsCommand {

    @Parameters(index = "0", paramLabel = "<from>")
    String from;

    @Parameters(index = "1", paramLabel = "<to>")
    String to;

    @Mixin
    JsonOption output;

    @Override
    int run(PortsSession session) {
        ReleaseDiff diff = ReleaseDiff.between(ReleaseAbiReader.read(session.ltsRoot().release(from)),
                ReleaseAbiReader.read(session.ltsRoot().release(to)));
        if (output.json) {
            session.out().println(Json.write(diff));
            return 0;
        }
        if (diff.isEmpty()) {
            session.out().println(from + " and " + to + " provide the same interfaces");
        }
        for (ComponentDiff c : diff.components()) {
            session.out().println(c.name() + ": " + (c.oldVersion() == null ? "new" : c.oldVersion()) + " -> "
                    + (c.newVersion() == null ? "gone" : c.newVersion()));
            line(session, "SONAMEs removed", c.sonamesRemoved());
            line(session, "SONAMEs added", c.sonamesAdded());
            line(session, "symbols removed", c.symbolsRemoved());
            line(session, "symbols added", c.symbolsAdded());
            line(session, "data sizes changed", c.sizesChanged());
            if (c.tagChanged()) {
                session.out().println("  ABI tag: " + c.oldTag() + " -> " + c.newTag());
            }
        }
        return 0;
    }

    private static void line(PortsSession session, String label, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        int shown = Math.min(items.size(), 8);
        session.out().println("  " + label + " (" + items.size() + "): " + String.join(", ", items.subList(0, shown))
                + (items.size() > shown ? ", ..." : ""));
    }
}
