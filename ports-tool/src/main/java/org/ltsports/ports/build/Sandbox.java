package org.ltsports.ports.build;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Where bubblewrap works, build steps run in a sandbox: the whole system, the LTS release and the
 * prefix read-only, only the build's own work directory (source, private HOME, staging) writable,
 * no network, and nothing left running when ports dies. Without bubblewrap, or where it cannot
 * make namespaces (user namespaces disabled, a container that forbids them), builds run as they
 * are, after one warning.
 */
public final class Sandbox {

    /** The options every sandboxed step gets before its writable directories. */
    private static final List<String> CONFINEMENT = List.of("--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc",
            "--unshare-all", "--die-with-parent", "--new-session");

    private final String bwrap; // null: no sandbox
    private final List<Path> writable;

    private Sandbox(String bwrap, List<Path> writable) {
        this.bwrap = bwrap;
        this.writable = List.copyOf(writable);
    }

    /** No sandbox: steps run as they are. */
    public static Sandbox none() {
        return new Sandbox(null, List.of());
    }

    /** The sandbox of this machine: bwrap from PATH if it works here, else none after one warning on {@code warnings}. */
    public static Sandbox detect(PrintWriter warnings) {
        return probe(onPath("bwrap").orElse(null), warnings);
    }

    /** Tries {@code bwrap} (null: not installed) with the options builds get; none after a warning if it fails. */
    static Sandbox probe(Path bwrap, PrintWriter warnings) {
        if (bwrap == null) {
            warn(warnings, "bubblewrap (bwrap) is not installed");
            return none();
        }
        List<String> command = new ArrayList<>(List.of(bwrap.toString()));
        command.addAll(CONFINEMENT);
        command.addAll(List.of("--", "true"));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                output = "it did not finish";
            }
            if (process.exitValue() == 0) {
                return new Sandbox(bwrap.toString(), List.of());
            }
            warn(warnings, bwrap + " cannot make a sandbox here (" + firstLine(output)
                    + "; are user namespaces disabled?)");
        } catch (IOException e) {
            warn(warnings, bwrap + " could not run (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            warn(warnings, "the bwrap check was interrupted");
        }
        return none();
    }

    /** This sandbox with {@code dirs} writable inside it. */
    public Sandbox allowingWrites(List<Path> dirs) {
        return new Sandbox(bwrap, dirs);
    }

    public boolean confines() {
        return bwrap != null;
    }

    /** The command that runs {@code command} in {@code dir} inside the sandbox (itself, without one). */
    public List<String> wrap(List<String> command, Path dir) {
        if (bwrap == null) {
            return command;
        }
        List<String> wrapped = new ArrayList<>(List.of(bwrap));
        wrapped.addAll(CONFINEMENT);
        for (Path path : writable) {
            wrapped.addAll(List.of("--bind", path.toString(), path.toString()));
        }
        wrapped.addAll(List.of("--chdir", dir.toString(), "--"));
        wrapped.addAll(command);
        return wrapped;
    }

    private static void warn(PrintWriter warnings, String why) {
        warnings.println("Warning: builds run without a sandbox: " + why + ". They can write wherever you can and"
                + " reach the network; install bubblewrap to confine them.");
        warnings.flush();
    }

    private static String firstLine(String text) {
        return text.isEmpty() ? "no message" : text.lines().findFirst().orElse(text);
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate.toAbsolutePath());
            }
        }
        return Optional.empty();
    }
}
