package org.ltsports.ports.shell;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jline.terminal.Terminal;
import org.jline.terminal.Terminal.Signal;
import org.jline.terminal.Terminal.SignalHandler;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.Settings;
import org.ltsports.ports.cli.PortsCli;
import picocli.CommandLine;

/**
 * Runs one shell line as a command: a fresh command tree from {@link PortsCli#commandLine}, the
 * one factory, so parsing, handlers and exit codes are those of {@code ports} on the command
 * line. The command runs on its own thread; Ctrl-C interrupts it, and builds and downloads
 * stop and roll back as they do on any failure.
 */
final class CommandRunner {
    private final Settings settings;
    private final Terminal terminal;
    private final PrintWriter out;

    CommandRunner(Settings settings, Terminal terminal) {
        this.settings = settings;
        this.terminal = terminal;
        this.out = terminal.writer();
    }

    /** Runs the words as {@code ports <words>} and returns its exit code. */
    int run(List<String> words) {
        CommandLine cli = PortsCli.commandLine(settings, out, out);
        AtomicInteger exit = new AtomicInteger(PortsException.FAILED);
        Thread command = new Thread(() -> exit.set(cli.execute(words.toArray(String[]::new))), "ports " + words.get(0));
        SignalHandler before = terminal.handle(Signal.INT, signal -> command.interrupt());
        command.setUncaughtExceptionHandler((thread, e) -> out.println("Error: " + e));
        try {
            command.start();
            joinUninterruptibly(command);
        } finally {
            terminal.handle(Signal.INT, before);
            out.flush();
        }
        return exit.get();
    }

    private static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
