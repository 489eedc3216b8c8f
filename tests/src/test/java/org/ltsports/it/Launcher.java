package org.ltsports.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged {@code ports} launcher as a separate process, the way a user does. */
final class Launcher {

    static final Path PORTS = Path.of(System.getProperty("ports.launcher", "target/dist/bin/ports"));
    static final Path REPO = Path.of(System.getProperty("ports.repo", "..")).toAbsolutePath().normalize();

    record Result(int exit, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    private final Map<String, String> env = new HashMap<>();

    /** A launcher whose every location is inside {@code dir}: prefix, LTS root, recipes, cache, home. */
    Launcher(Path dir) {
        env.put("PATH", System.getenv("PATH"));
        env.put("HOME", dir.resolve("home").toString());
        env.put("NO_COLOR", "1");
        env.put("PORTS_PREFIX", dir.resolve("prefix").toString());
        env.put("PORTS_LTS_ROOT", dir.resolve("lts").toString());
        env.put("PORTS_RECIPES", dir.resolve("recipes").toString());
        env.put("PORTS_CACHE", dir.resolve("cache").toString());
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome != null) {
            env.put("JAVA_HOME", javaHome);
        }
    }

    private Launcher(Map<String, String> env) {
        this.env.putAll(env);
    }

    Launcher with(String key, String value) {
        env.put(key, value);
        return this;
    }

    /** A copy of this launcher with one more variable set; this one stays as it is. */
    Launcher withEnv(String key, String value) {
        return new Launcher(env).with(key, value);
    }

    /** A copy of this launcher whose runs stop dead at the crash point {@code point} (see CrashPoint). */
    Launcher crashingAt(String point) {
        return withEnv("PORTS_TEST_CRASH_AT", point);
    }

    /** Starts {@code ports args...} without waiting; its stdout and stderr go to {@code out} and {@code err}. */
    Process start(Path out, Path err, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(PORTS.toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().clear();
        builder.environment().putAll(env);
        return builder.start();
    }

    Path prefix() {
        return Path.of(env.get("PORTS_PREFIX"));
    }

    Path recipes() {
        return Path.of(env.get("PORTS_RECIPES"));
    }

    Path ltsRoot() {
        return Path.of(env.get("PORTS_LTS_ROOT"));
    }

    Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(PORTS.toString());
        command.addAll(List.of(args));
        return exec(command, env);
    }

    /** Runs any program with this launcher's environment (e.g. an installed program). */
    Result exec(List<String> command) throws IOException, InterruptedException {
        return exec(command, env);
    }

    private static Result exec(List<String> command, Map<String, String> env) throws IOException, InterruptedException {
        Path out = Files.createTempFile("ports-it", ".out");
        Path err = Files.createTempFile("ports-it", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().clear();
            builder.environment().putAll(env);
            Process process = builder.start();
            if (!process.waitFor(10, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new AssertionError("timed out: " + command);
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
