package org.ltsports.ports.cli;

import org.ltsports.ports.PortsSession;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "completion", description = "Print a completion script for bash or zsh.",
        footer = {"", "Examples:", "  source <(ports completion bash)",
                "  source <(ports completion zsh)"})
final class Completion extends PortsCommand {

    enum Shell { bash, zsh }

    @Parameters(paramLabel = "<shell>", description = "bash or zsh")
    Shell shell;

    @Override
    int run(PortsSession session) {
        // picocli's script serves both: under zsh it loads bashcompinit itself.
        session.out().print(AutoComplete.bash("ports", spec.root().commandLine()));
        return 0;
    }
}
