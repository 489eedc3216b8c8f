package org.ltsports.ports.install;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.ltsports.ports.PortsException;
import org.ltsports.ports.recipe.Recipe;
import org.ltsports.ports.recipe.Recipe.Test;

/**
 * Runs a recipe's {@code [test]} against its installed keg: {@code {prefix}} in the command stands
 * for the keg, and the output must contain {@code expect}.
 */
final class RecipeTest {

    private static final long TIMEOUT_SECONDS = 120;

    private RecipeTest() {
    }

    static void run(Recipe recipe, Path keg, Path workDir) {
        Test test = recipe.test();
        if (test == null || test.run() == null || test.run().isBlank()) {
            return;
        }
        String command = test.run().replace("{prefix}", keg.toString());
        try {
            Path log = workDir.resolve("test.out");
            ProcessBuilder builder = new ProcessBuilder("/bin/sh", "-c", command)
                    .directory(workDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
            builder.environment().clear();
            builder.environment().put("PATH", keg.resolve("bin") + ":/usr/bin:/bin");
            builder.environment().put("HOME", workDir.toString());
            builder.environment().put("LANG", "C");
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw PortsException.failed("the test of " + recipe.name() + " did not finish in "
                        + TIMEOUT_SECONDS + " s: " + command);
            }
            String text = Files.readString(log, StandardCharsets.ISO_8859_1);
            if (process.exitValue() != 0) {
                throw PortsException.failed("the test of " + recipe.name() + " failed (exit " + process.exitValue()
                        + "): " + command + "\n" + text.strip());
            }
            if (test.expect() != null && !text.contains(test.expect())) {
                throw PortsException.failed("the test of " + recipe.name() + " did not print \"" + test.expect()
                        + "\": " + command + "\n" + text.strip());
            }
        } catch (IOException e) {
            throw PortsException.failed("the test of " + recipe.name() + " could not run: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw PortsException.failed("the test of " + recipe.name() + " was interrupted");
        }
    }
}
