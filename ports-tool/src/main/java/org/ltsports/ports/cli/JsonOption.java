package org.ltsports.ports.cli;

import picocli.CommandLine.Option;

/** {@code --json}: results as JSON on stdout, for scripts. */
public final class JsonOption {

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;
}
