package org.ltsports.ports.cli;

import java.io.IOException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.PortsSession;
import org.ltsports.ports.shell.PortsShell;
import picocli.CommandLine.Command;

@Command(name = "shell", description = "An interactive shell over the same commands: Tab completion of commands,"
        + " options and recipe names, suggestions while typing, history in the prefix.",
        footer = {"", "Examples:", "  ports shell", "  ports> search regular expression", "  ports> install pcre2",
                "", "Ctrl-C cancels the line or the running command; Ctrl-D leaves."})
final class Shell extends PortsCommand {

    @Override
    int run(PortsSession session) throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().name("ports").system(true).dumb(true).build()) {
            return new PortsShell(session.settings(), terminal).run();
        } catch (IOException e) {
            throw PortsException.failed("cannot open the terminal for the shell: " + e.getMessage(), e);
        }
    }
}
