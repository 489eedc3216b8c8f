package org.ltsports.ports.cli;

import picocli.CommandLine.Option;

/** The option of commands that put kegs in place: pour bottles where they match, or build everything. */
public final class BuildOptions {

    @Option(names = {"-s", "--build-from-source"}, description = "Build from source even where a bottle of"
            + " $PORTS_BOTTLE_ROOT matches.")
    boolean fromSource;
}
