package org.ltsports.ports.cli;

import picocli.CommandLine.Option;

/** The option of commands that change the prefix, which take its lock: one writer at a time. */
public final class LockOptions {

    @Option(names = "--no-wait", description = "If another ports command is changing the prefix, fail at once"
            + " (exit 3) instead of waiting for it.")
    boolean noWait;

    boolean waits() {
        return !noWait;
    }
}
