package org.ltsports.ports.cli;

import java.nio.file.Path;
import org.ltsports.ports.PortsSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "shellenv", description = "Print the shell commands that put the prefix on PATH, MANPATH and INFOPATH.",
        footer = {"", "Examples:", "  eval \"$(ports shellenv)\"", "  ports shellenv --shell fish | source"})
final class ShellEnv extends PortsCommand {

    enum Shell { sh, bash, zsh, fish }

    @Option(names = "--shell", description = "sh, bash, zsh or fish (default: from $SHELL).")
    Shell shell;

    @Override
    int run(PortsSession session) {
        Path prefix = session.settings().prefix();
        Shell chosen = shell != null ? shell : fromEnvironment();
        if (chosen == Shell.fish) {
            session.out().println("set -gx PORTS_PREFIX \"" + prefix + "\";");
            session.out().println("fish_add_path -gP \"" + prefix + "/bin\" \"" + prefix + "/sbin\";");
            session.out().println("set -q MANPATH; or set MANPATH ''; set -gx MANPATH \"" + prefix + "/share/man\" $MANPATH;");
            session.out().println("set -q INFOPATH; or set INFOPATH ''; set -gx INFOPATH \"" + prefix + "/share/info\" $INFOPATH;");
            return 0;
        }
        session.out().println("export PORTS_PREFIX=\"" + prefix + "\";");
        session.out().println("export PATH=\"" + prefix + "/bin:" + prefix + "/sbin${PATH+:$PATH}\";");
        session.out().println("export MANPATH=\"" + prefix + "/share/man${MANPATH+:$MANPATH}:\";");
        session.out().println("export INFOPATH=\"" + prefix + "/share/info:${INFOPATH:-}\";");
        return 0;
    }

    private static Shell fromEnvironment() {
        String login = System.getenv().getOrDefault("SHELL", "");
        return login.endsWith("fish") ? Shell.fish : Shell.sh;
    }
}
