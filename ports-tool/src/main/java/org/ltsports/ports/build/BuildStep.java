package org.ltsports.ports.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One command of a build, run in {@code dir} with the build environment plus {@code extraEnv}.
 * Its output goes to its own log file, named after {@code label}.
 */
public record BuildStep(String label, List<String> command, Path dir, Map<String, String> extraEnv) {

    public BuildStep {
        command = List.copyOf(command);
        extraEnv = Map.copyOf(extraEnv);
    }

    public BuildStep(String label, List<String> command, Path dir) {
        this(label, command, dir, Map.of());
    }

    public String display() {
        return String.join(" ", command);
    }
}
