package org.ltsports.base;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Builds the small C programs and libraries the tests write, with the host's gcc. */
public final class Gcc {

    private Gcc() {
    }

    /**
     * Builds {@code <dir>/<soname>} from C source, with {@code -Wl,-soname}; a version script when
     * {@code versionScript} is not null; {@code extra} flags last (-L, -l).
     */
    public static Path sharedLibrary(Path dir, String soname, String source, String versionScript, String... extra) {
        Path out = dir.resolve(soname);
        List<String> command = new ArrayList<>(List.of("gcc", "-shared", "-fPIC", "-o", out.toString(),
                write(dir, soname + ".c", source).toString(), "-Wl,-soname," + soname));
        if (versionScript != null) {
            command.add("-Wl,--version-script=" + write(dir, soname + ".map", versionScript));
        }
        command.addAll(Arrays.asList(extra));
        run(dir, command);
        return out;
    }

    /** Builds an executable {@code <dir>/<name>} from C source; {@code flags} go after the source. */
    public static Path executable(Path dir, String name, String source, String... flags) {
        Path out = dir.resolve(name);
        List<String> command = new ArrayList<>(List.of("gcc", "-o", out.toString(),
                write(dir, name + ".c", source).toString()));
        command.addAll(Arrays.asList(flags));
        run(dir, command);
        return out;
    }

    /** Runs a command in {@code dir}, failing the test with its output when it fails; returns the output. */
    public static String run(Path dir, List<String> command) {
        try {
            Files.createDirectories(dir);
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            int exit = process.waitFor();
            if (exit != 0) {
                fail(String.join(" ", command) + " exited " + exit + ":\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Path write(Path dir, String name, String text) {
        try {
            Files.createDirectories(dir);
            Path src = dir.resolve(".src").resolve(name);
            Files.createDirectories(src.getParent());
            return Files.writeString(src, text);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
