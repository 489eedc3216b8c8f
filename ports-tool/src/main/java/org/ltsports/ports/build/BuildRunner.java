package org.ltsports.ports.build;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ltsports.ports.PortsException;

/**
 * Runs build steps one after another in a sanitised environment, in a {@link Sandbox} where there
 * is one. Each step's output goes to its
 * own numbered log under {@code var/ports/logs/<name>/} (01.configure, 02.make, ...); a failing
 * step stops the build with the tail of its log, and the logs are kept.
 */
public final class BuildRunner {

    private static final int TAIL_LINES = 25;

    private final Path logDir;
    private final Map<String, String> env;
    private final PrintWriter status;
    private final boolean verbose;
    private final Sandbox sandbox;

    public BuildRunner(Path logDir, Map<String, String> env, PrintWriter status, boolean verbose) {
        this(logDir, env, status, verbose, Sandbox.none());
    }

    /** @param sandbox where each step runs (see {@link Sandbox}) */
    public BuildRunner(Path logDir, Map<String, String> env, PrintWriter status, boolean verbose, Sandbox sandbox) {
        this.logDir = logDir;
        this.env = Map.copyOf(env);
        this.status = status;
        this.verbose = verbose;
        this.sandbox = sandbox;
    }

    public void run(String name, List<BuildStep> steps) {
        try {
            Files.createDirectories(logDir);
            clearOldLogs();
            int n = 1;
            for (BuildStep step : steps) {
                Path log = logDir.resolve(String.format("%02d.%s", n++, step.label()));
                status.println("==> " + step.display());
                status.flush();
                int exit = execute(step, log);
                if (exit != 0) {
                    throw PortsException.failed(failureMessage(name, step, exit, log));
                }
            }
        } catch (IOException e) {
            throw PortsException.failed("build of " + name + " could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PortsException.failed("build of " + name + " was interrupted");
        }
    }

    private int execute(BuildStep step, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(sandbox.wrap(step.command(), step.dir()))
                .directory(step.dir().toFile());
        builder.environment().clear();
        builder.environment().putAll(env);
        builder.environment().putAll(step.extraEnv());
        builder.redirectErrorStream(true);
        builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        Files.writeString(log, "$ " + step.display() + "\n", StandardCharsets.UTF_8);
        builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Process process = builder.start();
        try {
            int exit = process.waitFor();
            if (verbose) {
                Files.readAllLines(log, StandardCharsets.ISO_8859_1).forEach(status::println);
                status.flush();
            }
            return exit;
        } finally {
            if (process.isAlive()) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        }
    }

    private String failureMessage(String name, BuildStep step, int exit, Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
        List<String> tail = new ArrayList<>(lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
        return "build of " + name + " failed: `" + step.label() + "` exited with " + exit + "\n"
                + String.join("\n", tail.stream().map(line -> "    " + line).toList())
                + "\nThe full logs are in " + logDir + "/";
    }

    private void clearOldLogs() throws IOException {
        try (var old = Files.list(logDir)) {
            for (Path file : old.toList()) {
                if (Files.isRegularFile(file)) {
                    Files.delete(file);
                }
            }
        }
    }
}
