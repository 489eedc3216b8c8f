package org.ltsports.ports.cli;

import java.util.List;
import org.ltsports.ports.PortsSession;
import org.ltsports.prefix.PrefixDoctor;
import org.ltsports.prefix.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "doctor", description = "Check the prefix for broken links, kegs without receipts, receipts without"
        + " kegs and changes a crash interrupted.",
        footer = {"", "Exit status 1 when a problem is found.", "", "Examples:", "  ports doctor",
                "  ports doctor --repair     finish or roll back an interrupted change first"})
final class Doctor extends PortsCommand {

    @Mixin
    JsonOption output;

    @Option(names = "--repair", description = "First finish or roll back a change that a crash interrupted and remove"
            + " its leftovers, as any changing command does (takes the prefix lock).")
    boolean repair;

    @Mixin
    LockOptions lock;

    @Override
    int run(PortsSession session) {
        if (repair) {
            session.prefixForChange(false, lock.waits());
        }
        List<Problem> problems = PrefixDoctor.examine(session.prefix(), session.receipts());
        if (output.json) {
            session.out().println(Json.write(problems));
        } else if (problems.isEmpty()) {
            session.out().println("Your prefix " + session.prefix().root() + " is in order.");
        } else {
            for (Problem problem : problems) {
                session.out().println("Warning: " + problem.kind() + ": " + problem.path());
                session.out().println("  " + problem.advice());
            }
            session.out().println(problems.size() + " problem" + (problems.size() == 1 ? "" : "s") + " found.");
        }
        return problems.isEmpty() ? 0 : 1;
    }
}
