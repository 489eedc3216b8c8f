package org.ltsports.ports.bottle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs a real program for the tests and returns what it printed; a non-zero exit fails the test. */
final class Run {

    private Run() {
    }

    static String output(Path dir, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit != 0) {
            throw new AssertionError(String.join(" ", command) + " exited with " + exit + ":\n" + output);
        }
        return output;
    }
}
