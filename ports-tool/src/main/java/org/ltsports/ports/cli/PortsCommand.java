package org.ltsports.ports.cli;

import java.util.concurrent.Callable;
import org.ltsports.ports.PortsSession;
import org.ltsports.ports.Settings;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** What every subcommand shares: the common options and a session opened for the command's run. */
abstract class PortsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public final Integer call() throws Exception {
        Ports root = (Ports) spec.root().userObject();
        Settings settings = common.prefix == null ? root.settings() : root.settings().withPrefix(common.prefix);
        try (PortsSession session = new PortsSession(settings, spec.commandLine().getOut(),
                spec.commandLine().getErr(), common.verbose, commandLine())) {
            return run(session);
        } finally {
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().flush();
        }
    }

    abstract int run(PortsSession session) throws Exception;

    /** "ports install hello", as the lock file names this command to others who wait for it. */
    private String commandLine() {
        var parsed = spec.root().commandLine().getParseResult();
        return parsed == null ? "ports " + spec.name() : "ports " + String.join(" ", parsed.originalArgs());
    }
}
