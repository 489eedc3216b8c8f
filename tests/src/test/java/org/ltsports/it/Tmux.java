package org.ltsports.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A terminal session in tmux on a server of its own (its socket in the test's directory): type
 * with send-keys, read the screen with capture-pane, the way a person at a terminal would.
 */
final class Tmux implements AutoCloseable {
    private static final String SESSION = "ports-it";

    private final Path socket;

    /** Starts {@code command} (one shell word list, run by sh) in a detached session of this size. */
    Tmux(Path dir, int columns, int rows, String command) throws IOException, InterruptedException {
        this.socket = dir.resolve("tmux.sock");
        tmux("new-session", "-d", "-s", SESSION, "-x", String.valueOf(columns), "-y", String.valueOf(rows), command);
    }

    /** Types keys: literal text, or tmux key names such as {@code Tab}, {@code Enter}, {@code C-d}. */
    Tmux send(String... keys) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", SESSION));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
        return this;
    }

    /** What the terminal shows now, line by line (capture-pane drops trailing spaces). */
    String screen() throws IOException, InterruptedException {
        return tmux("capture-pane", "-p", "-t", SESSION);
    }

    /** The screen once it shows what {@code expected} accepts; fails with the last screen after a minute. */
    String await(String what, Predicate<String> expected) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        String screen = screen();
        while (!expected.test(screen)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the screen never showed " + what + "; it shows:\n" + screen);
            }
            Thread.sleep(100);
            screen = screen();
        }
        return screen;
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-S", socket.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("tmux " + String.join(" ", args) + " failed: " + output);
        }
        return output;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        new ProcessBuilder("tmux", "-S", socket.toString(), "kill-server").redirectErrorStream(true).start().waitFor();
    }
}
