package org.ltsports.ports.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.ltsports.base.BaseException;
import org.ltsports.base.IntegrityException;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.Settings;
import org.ltsports.prefix.PrefixException;
import picocli.CommandLine;

/**
 * The one factory of the command line: {@code main}, the tests and the shell all build it here,
 * so handlers, exit codes and output streams are the same everywhere.
 */
public final class PortsCli {

    private PortsCli() {
    }

    public static CommandLine commandLine(Settings settings, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Ports(settings));
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean verbose = parseResult.hasMatchedOption("--verbose")
                    || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"));
            return report(e, commandLine.getErr(), verbose);
        });
        cli.setParameterExceptionHandler((e, args) -> usageError(e));
        return cli;
    }

    public static int run(String[] args, Map<String, String> env, PrintWriter out, PrintWriter err) {
        Settings settings = Settings.from(env, propertiesAsMap());
        return commandLine(settings, out, err).execute(args);
    }

    /** Prints an expected failure as one message (a stack trace only when verbose) and maps it to its exit code. */
    static int report(Exception e, PrintWriter err, boolean verbose) {
        int code;
        if (e instanceof PortsException p) {
            code = p.exitCode();
        } else if (e instanceof PrefixException p) {
            code = p.refused() ? PortsException.REFUSED : PortsException.FAILED;
        } else if (e instanceof IntegrityException) {
            code = PortsException.INTEGRITY;
        } else if (e instanceof BaseException) {
            code = PortsException.FAILED;
        } else {
            err.println("Error: unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage());
            err.println("This is a bug in ports; run again with --verbose for the stack trace.");
            code = PortsException.FAILED;
            if (verbose) {
                e.printStackTrace(err);
            }
            err.flush();
            return code;
        }
        err.println("Error: " + e.getMessage());
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }

    /** A usage error as one line, with picocli's suggestions and where the full usage is (exit code 2). */
    static int usageError(CommandLine.ParameterException e) {
        CommandLine command = e.getCommandLine();
        String message = e.getMessage();
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            message += " (did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?)";
        }
        PrintWriter err = command.getErr();
        err.println("Error: " + message + "; see `" + command.getCommandSpec().qualifiedName() + " --help`");
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    private static Map<String, String> propertiesAsMap() {
        Map<String, String> map = new java.util.HashMap<>();
        System.getProperties().forEach((k, v) -> map.put(k.toString(), v.toString()));
        return map;
    }
}
