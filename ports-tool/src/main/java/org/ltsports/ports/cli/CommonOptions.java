package org.ltsports.ports.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command takes. */
public final class CommonOptions {

    @Option(names = "--prefix", paramLabel = "<dir>",
            description = "The prefix to work on (default: $PORTS_PREFIX, else ~/.ports).")
    Path prefix;

    @Option(names = {"-v", "--verbose"}, description = "Show build output and stack traces.")
    boolean verbose;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help, with examples, and exit.")
    boolean help;
}
