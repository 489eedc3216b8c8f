package org.ltsports.ports.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.PortsSession;
import org.ltsports.prefix.PrefixWipe;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "wipe", description = "Remove the prefix and everything in it. Only a directory marked as a"
        + " prefix is removed; never /, your home directory, or anything a link points to outside it.",
        footer = {"", "Examples:", "  ports wipe --dry-run", "  ports wipe --yes"})
final class Wipe extends PortsCommand {

    @Option(names = {"-y", "--yes"}, description = "Do not ask for confirmation.")
    boolean yes;

    @Option(names = {"-n", "--dry-run"}, description = "Say what would be removed, change nothing.")
    boolean dryRun;

    @Mixin
    LockOptions lock;

    @Override
    int run(PortsSession session) throws IOException {
        Path root = session.settings().prefix();
        if (!dryRun && !Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            Optional<Long> finished = PrefixWipe.finishInterrupted(root);
            if (finished.isPresent()) {
                session.out().println("Removed " + root + ", which an interrupted wipe had begun (" + finished.get()
                        + " files)");
                return 0;
            }
        }
        var plan = PrefixWipe.plan(root, homes());
        if (dryRun) {
            session.out().println("Would remove " + plan.root());
            return 0;
        }
        if (!yes && !confirmed(session, plan.root())) {
            throw PortsException.refused("nothing removed; run `ports wipe --yes` to remove " + plan.root());
        }
        session.prefixForWipe(lock.waits());
        long removed = PrefixWipe.wipe(plan);
        session.out().println("Removed " + plan.root() + " (" + removed + " files)");
        return 0;
    }

    /** The home directory from the environment and from the user database: neither is ever wiped. */
    private static List<Path> homes() {
        List<Path> homes = new ArrayList<>();
        homes.add(Path.of(System.getProperty("user.home")));
        String env = System.getenv("HOME");
        if (env != null && !env.isBlank()) {
            homes.add(Path.of(env));
        }
        return homes;
    }

    private static boolean confirmed(PortsSession session, Path root) throws IOException {
        session.err().print("Remove " + root + " and everything in it? [y/N] ");
        session.err().flush();
        String answer = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        return answer != null && (answer.equalsIgnoreCase("y") || answer.equalsIgnoreCase("yes"));
    }
}
