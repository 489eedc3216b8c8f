package org.ltsports.ports.cli;

import java.util.List;
import org.ltsports.ports.PortsSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "reinstall", description = "Build (or pour) installed recipes again and replace their kegs.",
        footer = {"", "Example:", "  ports reinstall hello"})
final class Reinstall extends PortsCommand {

    @Parameters(arity = "1..*", paramLabel = "<recipe>", description = "Recipes to reinstall.")
    List<String> names;

    @Option(names = {"-n", "--dry-run"}, description = "Show what would be rebuilt, change nothing.")
    boolean dryRun;

    @Mixin
    BuildOptions build;

    @Mixin
    LockOptions lock;

    @Override
    int run(PortsSession session) {
        return Install.installOrReinstall(session, names, true, dryRun, build, lock);
    }
}
