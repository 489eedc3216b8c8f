package org.ltsports.ports.cli;

import org.ltsports.ports.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: {@code ports <verb>}. */
@Command(name = "ports", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Install software into a removable prefix, built against a pinned, immutable LTS release.", ""},
        synopsisSubcommandLabel = "<command>",
        subcommands = {Install.class, Uninstall.class, Reinstall.class, ListKegs.class, Info.class, Deps.class,
                Uses.class, Link.class, Unlink.class, Doctor.class, Fetch.class, Cache.class, Wipe.class,
                ShellEnv.class, Completion.class, Search.class, Shell.class, Base.class,
                Bottle.class, Outdated.class, Upgrade.class, Cleanup.class, Autoremove.class},
        footer = {"", "Examples:",
                "  ports install hello          build and install GNU hello and what it needs",
                "  ports list --json            installed kegs, for scripts",
                "  eval \"$(ports shellenv)\"     put the prefix on PATH",
                "  ports wipe --yes             remove the prefix and everything in it",
                "",
                "Environment: PORTS_PREFIX, PORTS_LTS_ROOT, PORTS_LTS_RELEASE, PORTS_RECIPES, PORTS_CACHE, PORTS_BOTTLE_ROOT,",
                "NO_COLOR.",
                "Exit codes: 0 ok, 1 failed, 2 usage, 3 refused for the state, 4 integrity."})
public final class Ports implements Runnable {

    private final Settings settings;

    @Spec
    CommandSpec spec;

    public Ports(Settings settings) {
        this.settings = settings;
    }

    Settings settings() {
        return settings;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
