package org.ltsports.ports.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.PortsSession;
import org.ltsports.prefix.PrefixWipe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "wipe", description = "Remove the prefix and everything in it. Only a directory marked as a"
        + " prefix is removed; never /, your home directory, or anything a link points to outside it.",
        footer = {"", "Examples:", "  ports wipe --dry-run", "  ports wipe --yes"})
final class Wipe extends PortsCommand {

    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation.")
    boolean yes;

    @Option(names = {"-n", "--dry-run"}, description = "Say what would be removed, change nothing.")
    boolean dryRun;

    @Override
    int run(PortsSession session) throws IOException {
        Path root = session.settings().prefix();
        Path home = Path.of(System.getProperty("user.home"));
        var plan = PrefixWipe.plan(root, home);
        if (dryRun) {
            session.out().println("Would remove " + plan.root());
            return 0;
        }
        if (!yes && !confirmed(session, plan.root())) {
            throw PortsException.refused("nothing removed; run `ports wipe --yes` to remove " + plan.root());
        }
        long removed = PrefixWipe.wipe(plan);
        session.out().println("Removed " + plan.root() + " (" + removed + " files)");
        return 0;
    }

    private static boolean confirmed(PortsSession session, Path root) throws IOException {
        session.err().print("Remove " + root + " and everything in it? [y/N] ");
        session.err().flush();
        String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return answer != null && (answer.equalsIgnoreCase("y") || answer.equalsIgnoreCase("yes"));
    }
}
